/// A cited instrument with how often and by how many meetings it is cited.
public struct CitedInstrument: Codable, Equatable, Sendable {
    /// Canonical symbol, or `nil` for a title known only by its words.
    public var symbol: String?
    /// The title of a title-only citation, else the most common printed form.
    public var label: String
    public var citations: Int
    public var meetings: Int
    public var firstDate: String
    public var lastDate: String

    public init(symbol: String?, label: String, citations: Int, meetings: Int, firstDate: String, lastDate: String) {
        self.symbol = symbol
        self.label = label
        self.citations = citations
        self.meetings = meetings
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

}
