/// A span of a paragraph that names a country, organisation, person, event or date.
public struct Mention: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case country, organization, person, event, date
    }

    public var kind: Kind
    /// ISO3 code, organisation acronym, person id, event label or ISO date.
    public var ref: String
    public var start: Int
    public var end: Int
    /// Name of the extraction rule that produced the span.
    public var rule: String

    public init(kind: Kind, ref: String, start: Int, end: Int, rule: String) {
        self.kind = kind
        self.ref = ref
        self.start = start
        self.end = end
        self.rule = rule
    }
}
