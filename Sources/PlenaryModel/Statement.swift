/// Consecutive blocks in which one speaker is reported or speaks.
public struct Statement: Codable, Equatable, Sendable {
    public enum Mode: String, Codable, Sendable, CaseIterable {
        /// Reported speech in a press release ("He reiterated that …").
        case reported
        /// A verbatim turn ("Mr. Nebenzia (Russian Federation): …").
        case direct
        /// A summary of several speakers ("The representatives of … also spoke").
        case summary
    }

    /// Person id.
    public var speaker: String
    /// Block indexes, ascending.
    public var paragraphs: [Int]
    public var mode: Mode
    /// The words that introduced the speaker, as printed.
    public var attribution: String?
    /// Language note of a verbatim turn ("spoke in French").
    public var language: String?

    public init(speaker: String, paragraphs: [Int], mode: Mode, attribution: String? = nil, language: String? = nil) {
        self.speaker = speaker
        self.paragraphs = paragraphs
        self.mode = mode
        self.attribution = attribution
        self.language = language
    }

    enum CodingKeys: String, CodingKey { case speaker, paragraphs, mode, attribution, language }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(mode, forKey: .mode)
        try c.encode(attribution, forKey: .attribution)
        try c.encode(language, forKey: .language)
    }
}
