/// One meeting as stored in the file store: the `plenary.meeting/1` record (DESIGN.md §2).
///
/// Optional header fields are always written, as `null` when unknown, so every file has
/// the same shape and a decode → encode round trip gives the same bytes.
public struct Meeting: Codable, Equatable, Sendable {
    public static let formatVersion = "plenary.meeting/1"

    public var format: String
    public var id: String
    public var title: String
    public var date: String
    public var endDate: String?
    public var datePrinted: String?
    public var organization: String?
    public var body: String?
    public var level: String?
    public var location: String?
    public var occasion: String?
    /// The meeting's document symbol when it has one, e.g. `S/PV.8701`.
    public var symbol: String?
    public var source: Source?
    public var attendance: [Attendance]
    public var people: [Person]
    public var paragraphs: [Paragraph]
    public var statements: [Statement]
    public var events: [ReferencedEvent]

    public init(
        id: String, title: String, date: String, endDate: String? = nil,
        datePrinted: String? = nil, organization: String? = nil, body: String? = nil,
        level: String? = nil, location: String? = nil, occasion: String? = nil,
        symbol: String? = nil, source: Source? = nil, attendance: [Attendance] = [],
        people: [Person] = [], paragraphs: [Paragraph] = [], statements: [Statement] = [],
        events: [ReferencedEvent] = []
    ) {
        self.format = Meeting.formatVersion
        self.id = id
        self.title = title
        self.date = date
        self.endDate = endDate
        self.datePrinted = datePrinted
        self.organization = organization
        self.body = body
        self.level = level
        self.location = location
        self.occasion = occasion
        self.symbol = symbol
        self.source = source
        self.attendance = attendance
        self.people = people
        self.paragraphs = paragraphs
        self.statements = statements
        self.events = events
    }

    enum CodingKeys: String, CodingKey {
        case format, id, title, date, endDate, datePrinted, organization, body, level
        case location, occasion, symbol, source, attendance, people, paragraphs
        case statements, events
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        date = try c.decode(String.self, forKey: .date)
        endDate = try c.decodeIfPresent(String.self, forKey: .endDate)
        datePrinted = try c.decodeIfPresent(String.self, forKey: .datePrinted)
        organization = try c.decodeIfPresent(String.self, forKey: .organization)
        body = try c.decodeIfPresent(String.self, forKey: .body)
        level = try c.decodeIfPresent(String.self, forKey: .level)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        occasion = try c.decodeIfPresent(String.self, forKey: .occasion)
        symbol = try c.decodeIfPresent(String.self, forKey: .symbol)
        source = try c.decodeIfPresent(Source.self, forKey: .source)
        attendance = try c.decodeIfPresent([Attendance].self, forKey: .attendance) ?? []
        people = try c.decodeIfPresent([Person].self, forKey: .people) ?? []
        paragraphs = try c.decodeIfPresent([Paragraph].self, forKey: .paragraphs) ?? []
        statements = try c.decodeIfPresent([Statement].self, forKey: .statements) ?? []
        events = try c.decodeIfPresent([ReferencedEvent].self, forKey: .events) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(endDate, forKey: .endDate)
        try c.encode(datePrinted, forKey: .datePrinted)
        try c.encode(organization, forKey: .organization)
        try c.encode(body, forKey: .body)
        try c.encode(level, forKey: .level)
        try c.encode(location, forKey: .location)
        try c.encode(occasion, forKey: .occasion)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(source, forKey: .source)
        try c.encode(attendance, forKey: .attendance)
        try c.encode(people, forKey: .people)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(statements, forKey: .statements)
        try c.encode(events, forKey: .events)
    }
}

extension Meeting {
    /// The year folder the meeting file lives in: the first four characters of the date.
    public var year: String { String(date.prefix(4)) }

    /// All citations of the meeting in reading order.
    public var citations: [Citation] { paragraphs.flatMap(\.citations) }

    /// The person with the given id, if the meeting lists one.
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
}
