/// A cited instrument inside a paragraph: a resolution, presidential statement or OIC
/// resolution. A citation known only by its title keeps `symbol == nil`, `resolved == false`
/// and the title, so it stays visible without a guessed symbol.
public struct Citation: Codable, Equatable, Sendable {
    /// Canonical symbol (see `CitationSymbol`), `nil` when only a title is known.
    public var symbol: String?
    /// The text as printed, e.g. `822 (1993)`.
    public var surface: String
    public var start: Int
    public var end: Int
    /// The citing verb standing before the citation ("recalling"), lowercased.
    public var verb: String?
    public var rule: String
    /// `true` when the canonical symbol was identified.
    public var resolved: Bool
    /// The instrument's title for title-only citations.
    public var title: String?

    public init(
        symbol: String?, surface: String, start: Int, end: Int, verb: String? = nil,
        rule: String, resolved: Bool, title: String? = nil
    ) {
        self.symbol = symbol
        self.surface = surface
        self.start = start
        self.end = end
        self.verb = verb
        self.rule = rule
        self.resolved = resolved
        self.title = title
    }

    enum CodingKeys: String, CodingKey { case symbol, surface, start, end, verb, rule, resolved, title }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        symbol = try c.decodeIfPresent(String.self, forKey: .symbol)
        surface = try c.decode(String.self, forKey: .surface)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        verb = try c.decodeIfPresent(String.self, forKey: .verb)
        rule = try c.decode(String.self, forKey: .rule)
        resolved = try c.decode(Bool.self, forKey: .resolved)
        title = try c.decodeIfPresent(String.self, forKey: .title)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(surface, forKey: .surface)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(verb, forKey: .verb)
        try c.encode(rule, forKey: .rule)
        try c.encode(resolved, forKey: .resolved)
        try c.encode(title, forKey: .title)
    }
}
