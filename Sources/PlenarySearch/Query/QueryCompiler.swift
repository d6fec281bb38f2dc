import Foundation
import PlenaryModel

/// Turns a parsed query into an FTS5 expression over the index columns (see `IndexSchema`):
/// words go to the stemmed `text` column, phrases and prefixes to the exact `raw` column,
/// filters to `speaker`, `body` and the `tags` tokens. Every string handed to FTS5 is a
/// double-quoted run of word tokens, so no query text can be read as FTS5 syntax.
public enum QueryCompiler {
    /// Compiles with only a country resolver: speakers match by the words of their names,
    /// organisations and symbols are taken as they are.
    public static func compile(_ query: SearchQuery, countries: @escaping @Sendable (String) -> [String]) throws(QueryError)
        -> CompiledQuery
    {
        try compile(query, resolver: FilterResolver(countries: countries))
    }

    public static func compile(_ query: SearchQuery, resolver: FilterResolver) throws(QueryError) -> CompiledQuery {
        var context = Context(resolver: resolver)
        var rows: ClosedRange<Int64>?
        var isEmpty = false
        for range in query.dates {
            let r = RowKey.rows(range)
            if let current = rows {
                let low = max(current.lowerBound, r.lowerBound), high = min(current.upperBound, r.upperBound)
                if low > high { isEmpty = true; rows = current } else { rows = low...high }
            } else {
                rows = r
            }
        }

        var match: String?
        var excluded: String?
        var phraseGroups: [Int]?
        if let root = query.root {
            let items: [QueryNode]
            if case .all(let list) = root { items = list } else { items = [root] }
            let positives = items.filter { if case .not = $0 { return false } else { return true } }
            let negatives = items.compactMap { node -> (QueryNode, Int)? in
                if case .not(let inner, let column) = node { return (inner, column) } else { return nil }
            }
            if positives.isEmpty {
                guard rows != nil else { throw .onlyExclusions(column: negatives.first?.1 ?? 1) }
                excluded = try negatives.map { node, _ throws(QueryError) in try context.expression(node, positive: false).text }
                    .joined(separator: " OR ")
            } else {
                let fragment = try context.expression(root, positive: true)
                match = fragment.text
                if fragment.groups != Array(fragment.groups.indices) { phraseGroups = fragment.groups }
            }
        }
        return CompiledQuery(
            match: match, excluded: excluded, rows: rows, isEmpty: isEmpty,
            highlights: context.highlights, typedWords: context.typedWords, phraseGroups: phraseGroups)
    }

    /// Part of an FTS5 expression with the ranking group of each of its phrases, in the order
    /// they appear in `text` (the order FTS5 numbers them in).
    struct Fragment {
        var text: String
        var groups: [Int]
    }

    struct Context {
        let resolver: FilterResolver
        init(resolver: FilterResolver) { self.resolver = resolver }
        var highlights = HighlightTerms()
        var typedWords: [TypedWord] = []
        /// Groups are numbered as phrases are met; renumbered in text order at the end.
        private var groupsMet = 0

        /// `text` whose phrases each count on their own.
        mutating func leaf(_ text: String) -> Fragment {
            let count = QueryCompiler.phraseCount(text)
            defer { groupsMet += count }
            return Fragment(text: text, groups: Array(groupsMet..<groupsMet + count))
        }

        /// `positive` is false under a NOT: such terms are neither highlighted nor spell-checked.
        mutating func expression(_ node: QueryNode, positive: Bool) throws(QueryError) -> Fragment {
            let fragment = try unnumbered(node, positive: positive)
            // Number groups 0, 1, 2 … in the order their first phrase appears.
            var renumbered: [Int: Int] = [:]
            let groups = fragment.groups.map { group in
                if let known = renumbered[group] { return known }
                renumbered[group] = renumbered.count
                return renumbered.count - 1
            }
            return Fragment(text: fragment.text, groups: groups)
        }

        private mutating func unnumbered(_ node: QueryNode, positive: Bool) throws(QueryError) -> Fragment {
            switch node {
            case .word(let word, let column):
                let tokens = WordTokenizer.tokens(word)
                if positive {
                    highlights.words.append(tokens)
                    if tokens.count == 1 { typedWords.append(TypedWord(token: tokens[0], column: column, length: word.count)) }
                }
                // Names are text: a word also finds the paragraphs of a speaker so named.
                return leaf("{text speaker} : " + QueryCompiler.quote(tokens))
            case .phrase(let tokens, let prefix, _):
                if positive { highlights.phrases.append((tokens, prefix)) }
                return leaf("raw : " + QueryCompiler.quote(tokens.map(ExactForm.encode)) + (prefix ? " *" : ""))
            case .prefix(let token, let column):
                if positive {
                    highlights.phrases.append(([token], true))
                    typedWords.append(TypedWord(token: token, column: column, length: token.count))
                }
                // Written out as its terms, a prefix is read lazily (`ExactTerms`); they rank as one.
                if let terms = resolver.prefixTerms(token), !terms.isEmpty {
                    let group = groupsMet
                    groupsMet += 1
                    let text =
                        terms.count == 1
                        ? QueryCompiler.quote(terms) : "(" + terms.map { QueryCompiler.quote([$0]) }.joined(separator: " OR ") + ")"
                    return Fragment(text: "raw : " + text, groups: Array(repeating: group, count: terms.count))
                }
                return leaf("raw : " + QueryCompiler.quote([ExactForm.encode(token)]) + " *")
            case .filter(let filter, let column):
                if positive, case .cites(let value) = filter { highlights.citations.append(TagToken.citationKey(value)) }
                return leaf(try QueryCompiler.filterExpression(filter, column: column, resolver: resolver))
            case .all(let items):
                var positives: [Fragment] = []
                var negatives: [Fragment] = []
                var firstNegative = 1
                for item in items {
                    if case .not(let inner, let column) = item {
                        if negatives.isEmpty { firstNegative = column }
                        negatives.append(try unnumbered(inner, positive: false))
                    } else {
                        positives.append(try unnumbered(item, positive: positive))
                    }
                }
                if positives.isEmpty { throw .onlyExclusions(column: firstNegative) }
                let out = QueryCompiler.join(positives, with: " AND ")
                // a NOT b NOT c as a NOT (b OR c): flat, where a chain of NOTs nests one level
                // per exclusion and a hundred of them overflowed FTS5's parser stack.
                guard !negatives.isEmpty else { return out }
                let excluded = QueryCompiler.join(negatives, with: " OR ")
                return Fragment(text: "(" + out.text + " NOT " + excluded.text + ")", groups: out.groups + excluded.groups)
            case .any(let items):
                var parts: [Fragment] = []
                for item in items {
                    if case .not(_, let column) = item { throw .onlyExclusions(column: column) }
                    parts.append(try unnumbered(item, positive: positive))
                }
                return Fragment(text: "(" + parts.map(\.text).joined(separator: " OR ") + ")", groups: parts.flatMap(\.groups))
            case .not(_, let column):
                throw .onlyExclusions(column: column)
            }
        }
    }

    /// `parts` joined by an operator, in parentheses when there are several.
    static func join(_ parts: [Fragment], with separator: String) -> Fragment {
        if parts.count == 1 { return parts[0] }
        return Fragment(text: "(" + parts.map(\.text).joined(separator: separator) + ")", groups: parts.flatMap(\.groups))
    }

    /// How many phrases (double-quoted strings; `""` inside one is a quote) `expression` holds.
    static func phraseCount(_ expression: String) -> Int {
        var count = 0
        var inside = false
        var previousWasQuote = false
        for byte in expression.utf8 {
            if byte == UInt8(ascii: "\"") {
                if inside && previousWasQuote {
                    previousWasQuote = false  // a doubled quote inside a phrase
                    continue
                }
                if inside {
                    previousWasQuote = true
                } else {
                    inside = true
                    count += 1
                }
                continue
            }
            if previousWasQuote { inside = false; previousWasQuote = false }
        }
        return count
    }

    static func filterExpression(_ filter: QueryFilter, column: Int, resolver: FilterResolver) throws(QueryError) -> String {
        func unknown(_ field: String, _ value: String) -> QueryError {
            .unknownValue(field: field, value: value, suggestion: resolver.suggest(field, value), column: column)
        }
        func any(_ terms: [String]) -> String { terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")" }
        switch filter {
        case .speaker(let value):
            let tokens = WordTokenizer.tokens(value)
            if tokens.isEmpty { throw .nothingToSearch(value, column: column) }
            if MeetingID.isValid(value) && value.contains("-"), resolver.speakers(value) == nil {
                return "(" + tag(.speaker, value) + " OR speaker : " + quote(tokens) + ")"
            }
            guard let locals = resolver.speakers(value) else { throw unknown("speaker", value) }
            if locals.isEmpty { return "speaker : " + quote(tokens) }
            return any(locals.map { tag(.speaker, $0) })
        case .country(let value):
            let codes = resolver.countries(value)
            if codes.isEmpty { throw unknown("country", value) }
            return any(codes.map { tag(.country, $0) })
        case .delegation(let value):
            let codes = resolver.countries(value)
            if codes.isEmpty { throw unknown("by", value) }
            return any(codes.map { tag(.delegation, $0) })
        case .organization(let value):
            if !resolver.organization(value) { throw unknown("org", value) }
            return tag(.organization, value)
        case .body(let value):
            return "body : " + quote(WordTokenizer.tokens(value))
        case .cites(let value):
            let key = TagToken.citationKey(value)
            if !resolver.citation(key) { throw unknown("cites", value) }
            return tag(.citation, key)
        }
    }

    static func tag(_ field: TagToken.Field, _ value: String) -> String {
        "tags : \"" + TagToken.token(field, value) + "\""
    }

    /// A double-quoted FTS5 string of word tokens. Tokens hold only letters, marks and digits,
    /// so no quote can appear inside; doubling them anyway keeps the string well formed.
    static func quote(_ tokens: [String]) -> String {
        "\"" + tokens.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
