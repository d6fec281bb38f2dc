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

    public init(
        symbol: String?, surface: String, title: String?, verb: String?, meetingID: String, date: String, meetingTitle: String,
        meetingSymbol: String?, paragraph: Int, people: [String]
    ) {
        self.symbol = symbol
        self.surface = surface
        self.title = title
        self.verb = verb
        self.meetingID = meetingID
        self.date = date
        self.meetingTitle = meetingTitle
        self.meetingSymbol = meetingSymbol
        self.paragraph = paragraph
        self.people = people
    }

}
