import PlenaryModel

/// What the registry keeps of one meeting: its people, statements and citations without the
/// text, so the cache stays small and merging across meetings needs no meeting file.
public struct MeetingDigest: Codable, Equatable, Sendable {
    public struct StatementDigest: Codable, Equatable, Sendable {
        public var speaker: String
        public var paragraphs: [Int]
        public var mode: Statement.Mode
        public var attribution: String?
        public var language: String?
        /// The opening words, for lists.
        public var preview: String
    }

    public struct CitationDigest: Codable, Equatable, Sendable {
        public var paragraph: Int
        public var symbol: String?
        public var surface: String
        public var title: String?
        public var verb: String?
        /// Local person ids of the block's speakers.
        public var speakers: [String]
    }

    public var meetingID: String
    public var date: String
    public var title: String
    public var symbol: String?
    public var organization: String?
    public var body: String?
    public var people: [Person]
    public var statements: [StatementDigest]
    public var citations: [CitationDigest]

    public static let previewLength = 200

    public init(_ meeting: Meeting) {
        meetingID = meeting.id
        date = meeting.date
        title = meeting.title
        symbol = meeting.symbol
        organization = meeting.organization
        body = meeting.body
        people = meeting.people
        var textByIndex: [Int: String] = [:]
        for p in meeting.paragraphs { textByIndex[p.index] = p.text }
        statements = meeting.statements.map { s in
            let first = s.paragraphs.first.flatMap { textByIndex[$0] } ?? ""
            return StatementDigest(
                speaker: s.speaker, paragraphs: s.paragraphs, mode: s.mode, attribution: s.attribution,
                language: s.language, preview: String(first.prefix(MeetingDigest.previewLength)))
        }
        citations = meeting.paragraphs.flatMap { p in
            p.citations.map { c in
                CitationDigest(paragraph: p.index, symbol: c.symbol, surface: c.surface, title: c.title, verb: c.verb, speakers: p.speakers)
            }
        }
    }
}
