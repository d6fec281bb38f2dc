import PlenaryExtract
import PlenaryModel

/// What the verbatim builder asks the rest of the extractor: the gazetteer's delegation codes,
/// the citation recognizer and the entity recognizer. Injected, so this module depends on the
/// model only and tests can use small fixed tables.
public struct VerbatimResolvers: Sendable {
    /// "Russian Federation" → `RUS`, "European Union" → `EU`; `nil` when unknown or ambiguous.
    public var delegation: @Sendable (String) -> String?
    /// Citations of one block, offsets in Unicode scalars of the block.
    public var citations: @Sendable (String) -> [Citation]
    /// Country and organisation mentions of one block.
    public var mentions: @Sendable (String) -> [Mention]

    public init(
        delegation: @escaping @Sendable (String) -> String?,
        citations: @escaping @Sendable (String) -> [Citation] = { _ in [] },
        mentions: @escaping @Sendable (String) -> [Mention] = { _ in [] }
    ) {
        self.delegation = delegation
        self.citations = citations
        self.mentions = mentions
    }
}

extension VerbatimResolvers {
    /// The extractor's gazetteer and recognizers: delegations by the country matcher (then a
    /// single organisation naming the whole phrase), citations by the citation matcher.
    public static let standard: VerbatimResolvers = {
        let entities = EntityMatcher()
        let citationMatcher = CitationMatcher()
        return VerbatimResolvers(
            delegation: { phrase in
                if let code = entities.country(named: phrase) { return code }
                let text = TokenizedText(phrase)
                let found = entities.mentions(in: text)
                guard found.count == 1, found[0].kind == .organization, let ref = found[0].ref,
                    found[0].tokens.count * 2 >= text.tokens.count
                else { return nil }
                return ref
            },
            citations: { citationMatcher.citations(in: TokenizedText($0)) },
            mentions: { block in
                entities.mentions(in: TokenizedText(block)).compactMap { e in
                    guard let ref = e.ref, e.kind == .country || e.kind == .organization else { return nil }
                    return Mention(
                        kind: e.kind == .organization ? .organization : .country, ref: ref, start: e.start, end: e.end, rule: e.rule)
                }
            })
    }()
}
