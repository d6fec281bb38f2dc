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

    public init(meeting: String, date: String, paragraph: Int, number: String?, speakers: [String],
                snippet: String, highlights: [[Int]]) {
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

/// A page of results and how it was ordered.
public struct SearchPage: Sendable, Equatable {
    public enum Order: String, Sendable, Equatable {
        /// BM25, then newer first, over every match.
        case relevance
        /// BM25, then newer first, over the newest `window` matches only (the query matched more).
        case relevanceWithinNewest
        /// Newest first, no ranking: the instant first page.
        case newest
    }

    public var results: [SearchResult]
    public var order: Order
    /// The number of newest matches ranked, for `.relevanceWithinNewest`.
    public var window: Int?
    /// A query with close vocabulary when nothing matched ("did you mean …").
    public var suggestion: String?
    public var query: SearchQuery
}

/// Counts over a whole result set, for facets and sparklines.
public struct SearchFacets: Sendable, Equatable {
    public var total = 0
    public var years: [Int: Int] = [:]
    public var organizations: [String: Int] = [:]
    /// Keyed by speaker id.
    public var speakers: [String: Int] = [:]
}

/// Where a matching paragraph is, without its text.
public struct ParagraphRef: Hashable, Sendable {
    public var meeting: String
    public var paragraph: Int
    public init(meeting: String, paragraph: Int) {
        self.meeting = meeting
        self.paragraph = paragraph
    }
}
