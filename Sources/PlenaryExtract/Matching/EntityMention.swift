/// A state or organisation named in a text.
public struct EntityMention: Sendable, Equatable {
    public enum Kind: String, Sendable { case country, organization, ambiguous, demonym }

    public var kind: Kind
    /// ISO3 code or organisation acronym; `nil` for an ambiguous name.
    public var ref: String?
    /// Candidates of an ambiguous name ("Congo" → COG, COD).
    public var candidates: [String]
    /// The organ's name when an organ was named.
    public var organ: String?
    /// Token range, including a leading "the".
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
    public var rule: String
}
