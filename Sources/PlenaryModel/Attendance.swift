/// One item of an attendance list ("attended by the delegations of A, B and C").
///
/// An item matched to a state carries its ISO 3166-1 alpha-3 `country`; one matched to an
/// international organisation carries its acronym in `organization`; an item that matched
/// neither keeps both `nil` and is still stored, so nothing the text said is lost.
public struct Attendance: Codable, Equatable, Sendable {
    public var country: String?
    public var organization: String?
    public var asWritten: String
    /// Block index (1-based) of the paragraph where the item is written.
    public var paragraph: Int
    public var start: Int
    public var end: Int

    public init(
        country: String? = nil, organization: String? = nil, asWritten: String,
        paragraph: Int, start: Int, end: Int
    ) {
        self.country = country
        self.organization = organization
        self.asWritten = asWritten
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }

    public var isMatched: Bool { country != nil || organization != nil }

    enum CodingKeys: String, CodingKey { case country, organization, asWritten, paragraph, start, end }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(country, forKey: .country)
        try c.encode(organization, forKey: .organization)
        try c.encode(asWritten, forKey: .asWritten)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}
