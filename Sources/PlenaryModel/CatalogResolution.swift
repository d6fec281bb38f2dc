/// One Security Council resolution as the catalogue knows it (a row of `resolutions.tsv`).
public struct CatalogResolution: Codable, Equatable, Sendable {
    public var number: Int
    /// Canonical symbol, `S/RES/822 (1993)`.
    public var symbol: String
    public var year: Int
    /// Adoption date, `YYYY-MM-DD`, when the catalogue gives one.
    public var date: String?
    /// The meeting record that adopted it, e.g. `S/PV.3205`.
    public var meetingRecord: String?
    /// The press release of that meeting, e.g. `SC/13141`.
    public var pressRelease: String?
    /// The agenda title of the adopting meeting.
    public var topic: String
    public var vote: CatalogVote?

    public init(
        number: Int, year: Int, date: String?, meetingRecord: String?, pressRelease: String?,
        topic: String, vote: CatalogVote?
    ) {
        self.number = number
        self.symbol = "S/RES/\(number) (\(year))"
        self.year = year
        self.date = date
        self.meetingRecord = meetingRecord
        self.pressRelease = pressRelease
        self.topic = topic
        self.vote = vote
    }
}
