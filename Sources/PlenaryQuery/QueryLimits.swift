/// How big a query may be. Every query within these answers quickly (a prefix costs about
/// 30 ms over a million paragraphs, so 1,000 of them took 31 s) and the parser's recursion
/// stays shallow (20,000 nested parentheses used to overflow the stack); beyond them the
/// query is refused with a message naming the limit, before anything reaches SQLite.
public enum QueryLimits {
    /// Characters in the whole query.
    public static let maximumLength = 1_000
    /// Parentheses open at once.
    public static let maximumDepth = 16
    /// Words, phrases, prefixes and filters.
    public static let maximumTerms = 64
    /// Prefix searches (`word*`, `"phrase"*`), the costly kind.
    public static let maximumPrefixes = 16

    /// Checks the lexemes against the limits; the column of the first one over a limit.
    static func check(_ lexemes: [QueryParser.Lexeme]) throws(QueryError) {
        var depth = 0, terms = 0, prefixes = 0
        for lexeme in lexemes {
            switch lexeme.kind {
            case .open:
                depth += 1
                if depth > maximumDepth { throw .tooDeep(column: lexeme.column, limit: maximumDepth) }
            case .close:
                depth = max(0, depth - 1)
            case .word(let word):
                terms += 1
                if word.hasSuffix("*") { prefixes += 1 }
            case .quoted(_, let prefix):
                terms += 1
                if prefix { prefixes += 1 }
            case .field:
                terms += 1
            case .minus, .or, .and, .not:
                continue
            }
            if terms > maximumTerms { throw .tooManyTerms(column: lexeme.column, limit: maximumTerms) }
            if prefixes > maximumPrefixes { throw .tooManyPrefixes(column: lexeme.column, limit: maximumPrefixes) }
        }
    }
}
