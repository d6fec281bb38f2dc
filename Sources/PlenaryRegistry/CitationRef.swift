/// One paragraph citing an instrument, with its meeting and speakers.
public struct CitationRef: Codable, Equatable, Sendable {
    /// Canonical symbol, or `nil` for a title-only citation.
    public var symbol: String?
    public var surface: String
    public var title: String?
    public var verb: String?
    public var meetingID: String
    public var date: String
    public var meetingTitle: String
    public var meetingSymbol: String?
    public var paragraph: Int
    /// Registry ids of the paragraph's speakers.
    public var people: [String]
}
