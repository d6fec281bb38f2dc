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

    public init(delegation: @escaping @Sendable (String) -> String?,
                citations: @escaping @Sendable (String) -> [Citation] = { _ in [] },
                mentions: @escaping @Sendable (String) -> [Mention] = { _ in [] }) {
        self.delegation = delegation
        self.citations = citations
        self.mentions = mentions
    }
}
