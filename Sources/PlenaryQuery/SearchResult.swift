/// One matching paragraph. The JSON form (`plenary search --json`) has exactly these keys.
public struct SearchResult: Codable, Equatable, Sendable {
    /// Meeting id.
    public var meeting: String
    public var date: String
    /// Block index of the paragraph (1-based).
    public var paragraph: Int
    /// Printed paragraph number, if any.
    public var number: String?
    /// Names of the people reported in the paragraph (ids when the record names none).
    public var speakers: [String]
    /// The paragraph, or a window of it around the first match.
    public var snippet: String
    /// Matches in `snippet`: `[start, end]` in Unicode scalars, end exclusive.
    public var highlights: [[Int]]

    public init(
        meeting: String, date: String, paragraph: Int, number: String?, speakers: [String],
        snippet: String, highlights: [[Int]]
    ) {
        self.meeting = meeting
        self.date = date
        self.paragraph = paragraph
        self.number = number
        self.speakers = speakers
        self.snippet = snippet
        self.highlights = highlights
    }

    enum CodingKeys: String, CodingKey { case meeting, date, paragraph, number, speakers, snippet, highlights }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(meeting, forKey: .meeting)
        try c.encode(date, forKey: .date)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(number, forKey: .number)
        try c.encode(speakers, forKey: .speakers)
        try c.encode(snippet, forKey: .snippet)
        try c.encode(highlights, forKey: .highlights)
    }
}
