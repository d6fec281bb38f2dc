/// Counts over a whole result set, for facets and sparklines.
public struct SearchFacets: Sendable, Equatable {
    public var total = 0
    public var years: [Int: Int] = [:]
    public var organizations: [String: Int] = [:]
    /// Keyed by speaker id.
    public var speakers: [String: Int] = [:]

    public init() {}
}
