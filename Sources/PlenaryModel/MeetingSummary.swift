/// What lists show of a meeting without reading its whole record: kept by the store in
/// its summary cache and printed by `plenary list --json`.
public struct MeetingSummary: Codable, Equatable, Sendable {
    public var id: String
    public var date: String
    public var endDate: String?
    public var title: String
    public var organization: String?
    public var body: String?
    public var paragraphs: Int
    public var speakers: Int
    public var citations: Int
    public var attendance: Int
    /// The record's document symbol (`S/PV.8706 (Resumption 1)`), when it has one.
    public var symbol: String?

    public init(
        id: String, date: String, endDate: String?, title: String, organization: String?,
        body: String?, paragraphs: Int, speakers: Int, citations: Int, attendance: Int, symbol: String? = nil
    ) {
        self.id = id
        self.date = date
        self.endDate = endDate
        self.title = title
        self.organization = organization
        self.body = body
        self.paragraphs = paragraphs
        self.speakers = speakers
        self.citations = citations
        self.attendance = attendance
        self.symbol = symbol
    }

    public init(_ meeting: Meeting) {
        self.init(
            id: meeting.id, date: meeting.date, endDate: meeting.endDate, title: meeting.title,
            organization: meeting.organization, body: meeting.body,
            paragraphs: meeting.paragraphs.count, speakers: meeting.people.count,
            citations: meeting.citations.count, attendance: meeting.attendance.count,
            symbol: meeting.symbol.flatMap { $0.isEmpty ? nil : $0 })
    }

    enum CodingKeys: String, CodingKey {
        case id, date, endDate, title, organization, body, paragraphs, speakers, citations, attendance, symbol
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        try c.encode(endDate, forKey: .endDate)
        try c.encode(title, forKey: .title)
        try c.encode(organization, forKey: .organization)
        try c.encode(body, forKey: .body)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(speakers, forKey: .speakers)
        try c.encode(citations, forKey: .citations)
        try c.encode(attendance, forKey: .attendance)
        try c.encode(symbol, forKey: .symbol)
    }
}
