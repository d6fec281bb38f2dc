/// The header fields of a meeting as found in its headline, header lines and first blocks.
public struct MeetingHeader: Sendable, Equatable {
    public var title: String
    public var date: FoundDate?
    public var organization: String?
    public var body: String?
    public var level: String?
    public var location: String?
    public var occasion: String?
}
