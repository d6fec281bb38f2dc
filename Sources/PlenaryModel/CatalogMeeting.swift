/// One Security Council meeting record as the catalogue knows it (the rows of `meetings.tsv`
/// for one record; a meeting with several agenda items has several rows, merged here).
public struct CatalogMeeting: Codable, Equatable, Sendable {
    /// The record symbol, e.g. `S/PV.8701` or `S/PV.8699 (Resumption 1)`.
    public var record: String
    /// `YYYY-MM-DD` when the catalogue gives a date.
    public var date: String?
    /// The last day when the record spans days (a meeting resumed the next day).
    public var endDate: String?
    public var pressRelease: String?
    /// Agenda titles in catalogue order.
    public var topics: [String]
    /// Canonical symbols of the documents adopted: `S/RES/2505 (2020)`, `S/PRST/2020/1`.
    public var outcomes: [String]
    /// The outcome cells as printed, e.g. `S/RES/2505 (2020) 15-0-0`.
    public var outcomeText: [String]

    public init(
        record: String, date: String?, endDate: String? = nil, pressRelease: String?, topics: [String],
        outcomes: [String], outcomeText: [String]
    ) {
        self.record = record
        self.date = date
        self.endDate = endDate
        self.pressRelease = pressRelease
        self.topics = topics
        self.outcomes = outcomes
        self.outcomeText = outcomeText
    }

    /// The agenda titles joined, as a meeting title.
    public var topic: String { topics.joined(separator: "; ") }
}
