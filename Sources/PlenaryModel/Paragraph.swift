/// One block of a meeting's text in reading order.
public struct Paragraph: Codable, Equatable, Sendable {
    /// 1-based block index; runs 1…n within a meeting.
    public var index: Int
    /// The printed number ("3"), `nil` for an unnumbered block.
    public var number: String?
    /// Printed number of the numbered paragraph this block belongs to (continuations).
    public var section: String?
    public var text: String
    /// Ids of the people reported in this block.
    public var speakers: [String]
    public var mentions: [Mention]
    public var citations: [Citation]

    public init(
        index: Int, number: String? = nil, section: String? = nil, text: String,
        speakers: [String] = [], mentions: [Mention] = [], citations: [Citation] = []
    ) {
        self.index = index
        self.number = number
        self.section = section
        self.text = text
        self.speakers = speakers
        self.mentions = mentions
        self.citations = citations
    }

    enum CodingKeys: String, CodingKey { case index, number, section, text, speakers, mentions, citations }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        index = try c.decode(Int.self, forKey: .index)
        number = try c.decodeIfPresent(String.self, forKey: .number)
        section = try c.decodeIfPresent(String.self, forKey: .section)
        text = try c.decode(String.self, forKey: .text)
        speakers = try c.decodeIfPresent([String].self, forKey: .speakers) ?? []
        mentions = try c.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
        citations = try c.decodeIfPresent([Citation].self, forKey: .citations) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(index, forKey: .index)
        try c.encode(number, forKey: .number)
        try c.encode(section, forKey: .section)
        try c.encode(text, forKey: .text)
        try c.encode(speakers, forKey: .speakers)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(citations, forKey: .citations)
    }

    /// Length of `text` in Unicode scalars: the unit of every offset in the record.
    public var scalarLength: Int { text.unicodeScalars.count }

    /// The text between two scalar offsets, or `nil` when they lie outside the text.
    public func slice(start: Int, end: Int) -> String? {
        let scalars = text.unicodeScalars
        guard start >= 0, start <= end, end <= scalars.count else { return nil }
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: end - start)
        return String(scalars[from..<to])
    }
}
