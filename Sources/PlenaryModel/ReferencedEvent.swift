/// A dated event the text refers to (the Khojaly massacre of 1992, the 2016 report),
/// placed on timelines beside the meetings.
public struct ReferencedEvent: Codable, Equatable, Sendable {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var date: String
    public var label: String
    /// Block index where the event is named.
    public var paragraph: Int

    public init(date: String, label: String, paragraph: Int) {
        self.date = date
        self.label = label
        self.paragraph = paragraph
    }
}
