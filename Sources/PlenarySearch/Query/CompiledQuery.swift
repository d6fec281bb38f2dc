/// A query ready for the index: an FTS5 MATCH expression built only from tokens the parser
/// produced, plus the rowid range of its date filters.
public struct CompiledQuery: Equatable, Sendable {
    /// FTS5 expression of what must (and must not) match; `nil` for a date-only query.
    public var match: String?
    /// Expression of excluded text when the query has nothing but dates and exclusions.
    public var excluded: String?
    /// Rowids allowed by the date filters; `nil` when there is no date filter.
    public var rows: ClosedRange<Int64>?
    /// `true` when the date filters cannot all hold at once.
    public var isEmpty: Bool
    /// What to highlight in results.
    public var highlights: HighlightTerms
    /// Words the user typed, with their place in the query, for "did you mean".
    public var typedWords: [TypedWord]
    /// The ranking group of each phrase of `match`, in order, when some phrases count as one
    /// (a prefix written out as its terms); `nil` when every phrase counts on its own.
    public var phraseGroups: [Int]? = nil

    /// Positive words, phrases and prefixes: the terms that weigh in ranking.
    public var weightedTerms: Int { highlights.words.count + highlights.phrases.count }
}

/// Positive terms of a query, for marking matches in result text.
public struct HighlightTerms: Equatable, Sendable {
    /// Words matched through stemming, as typed (each may hold several tokens: "peace-keeping").
    public var words: [[String]] = []
    /// Exact token sequences; the last token of a prefix phrase is a prefix.
    public var phrases: [(tokens: [String], prefix: Bool)] = []
    /// Citation keys of `cites:` filters (`TagToken.citationKey`): the citations they name are marked.
    public var citations: [String] = []

    public static func == (a: HighlightTerms, b: HighlightTerms) -> Bool {
        a.words == b.words && a.citations == b.citations && a.phrases.map(\.tokens) == b.phrases.map(\.tokens)
            && a.phrases.map(\.prefix) == b.phrases.map(\.prefix)
    }
}

/// One token of the query text that could be misspelt.
public struct TypedWord: Equatable, Sendable {
    public var token: String
    /// 1-based column in the query and length in characters of the typed word.
    public var column: Int
    public var length: Int
}
