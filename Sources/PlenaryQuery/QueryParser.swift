/// Parses the query language of docs/search.md into a `SearchQuery`. Nothing of the query
/// text reaches SQLite: the compiler builds the FTS5 expression from this tree alone.
///
/// Grammar (OR binds tighter than the implicit AND, as in web search engines):
///
///     query   := item*
///     item    := unary ( "OR" unary )*
///     unary   := ( "-" | "NOT" ) primary | primary
///     primary := word | word* | "phrase" | "phrase"* | field:value | field:"value" | "(" item* ")"
enum QueryParser {
    static func parse(_ text: String) throws(QueryError) -> SearchQuery {
        // Bounded before anything else: the lexer and the recursive parser stay linear and shallow.
        let length = text.count
        if length > QueryLimits.maximumLength { throw .tooLong(length: length, limit: QueryLimits.maximumLength) }
        let lexemes = try Lexer.lex(text)
        try QueryLimits.check(lexemes)
        var parser = Parser(lexemes: lexemes)
        let items = try parser.sequence(depth: 0)
        if parser.position < lexemes.count {
            throw .unexpectedParenthesis(column: lexemes[parser.position].column)
        }
        let root: QueryNode? = items.isEmpty ? nil : (items.count == 1 ? items[0] : .all(items))
        if root == nil && parser.dates.isEmpty {
            if let skipped = parser.skipped { throw .nothingToSearch(skipped.text, column: skipped.column) }
            throw .empty
        }
        return SearchQuery(text: text, root: root, dates: parser.dates)
    }

    // MARK: Lexing

    struct Lexeme: Equatable {
        enum Kind: Equatable {
            case word(String)
            case quoted(String, prefix: Bool)
            case field(String, value: String, valueColumn: Int)
            case open, close, minus, or, and, not
        }
        var kind: Kind
        var column: Int
    }

    enum Lexer {
        static let fields: [String: String] = [
            "speaker": "speaker", "country": "country", "org": "org", "organization": "org",
            "organisation": "org", "body": "body", "cites": "cites", "cite": "cites", "cited": "cites",
            "date": "date", "by": "by", "delegation": "by",
        ]

        static func lex(_ text: String) throws(QueryError) -> [Lexeme] {
            // Typographic double quotes (pasted from documents) quote like ASCII ones.
            let chars = Array(text).map { c -> Character in c == "\u{201C}" || c == "\u{201D}" || c == "\u{201E}" ? "\"" : c }
            var out: [Lexeme] = []
            var i = 0
            func isSpace(_ c: Character) -> Bool { c.isWhitespace }

            /// Reads a quoted string starting at the quote at `i`; returns its content and the index after it.
            func quoted(at start: Int) throws(QueryError) -> (String, Int) {
                var j = start + 1
                while j < chars.count && chars[j] != "\"" { j += 1 }
                guard j < chars.count else { throw .unclosedQuote(column: start + 1) }
                return (String(chars[(start + 1)..<j]), j + 1)
            }

            while i < chars.count {
                let c = chars[i]
                if isSpace(c) { i += 1; continue }
                let column = i + 1
                switch c {
                case "(":
                    out.append(Lexeme(kind: .open, column: column)); i += 1
                case ")":
                    out.append(Lexeme(kind: .close, column: column)); i += 1
                case "-" where i + 1 >= chars.count || isSpace(chars[i + 1]) || chars[i + 1] == ")":
                    throw .danglingOperator("-", column: column)
                case "-":
                    out.append(Lexeme(kind: .minus, column: column)); i += 1
                case "\"":
                    let (content, next) = try quoted(at: i)
                    var after = next
                    var prefix = false
                    if after < chars.count && chars[after] == "*" { prefix = true; after += 1 }
                    out.append(Lexeme(kind: .quoted(content, prefix: prefix), column: column))
                    i = after
                default:
                    var j = i
                    while j < chars.count, !isSpace(chars[j]), chars[j] != "(", chars[j] != ")", chars[j] != "\"" {
                        if chars[j] == ":" { break }
                        j += 1
                    }
                    // field:value, where the field is a run of letters
                    if j < chars.count, chars[j] == ":", j > i, chars[i..<j].allSatisfy({ $0.isASCII && $0.isLetter }) {
                        let name = String(chars[i..<j]).lowercased()
                        guard let field = fields[name] else { throw .unknownField(String(chars[i..<j]), column: column) }
                        let valueStart = j + 1
                        if valueStart < chars.count && chars[valueStart] == "\"" {
                            let (content, next) = try quoted(at: valueStart)
                            out.append(Lexeme(kind: .field(field, value: content, valueColumn: valueStart + 1), column: column))
                            i = next
                        } else {
                            var k = valueStart
                            while k < chars.count, !isSpace(chars[k]), chars[k] != "(", chars[k] != ")", chars[k] != "\"" { k += 1 }
                            out.append(
                                Lexeme(
                                    kind: .field(field, value: String(chars[valueStart..<k]), valueColumn: valueStart + 1), column: column))
                            i = k
                        }
                        continue
                    }
                    // a plain word (a ':' that does not start a filter is part of it)
                    while j < chars.count, !isSpace(chars[j]), chars[j] != "(", chars[j] != ")", chars[j] != "\"" { j += 1 }
                    let word = String(chars[i..<j])
                    switch word {
                    case "OR": out.append(Lexeme(kind: .or, column: column))
                    case "AND": out.append(Lexeme(kind: .and, column: column))
                    case "NOT": out.append(Lexeme(kind: .not, column: column))
                    default: out.append(Lexeme(kind: .word(word), column: column))
                    }
                    i = j
                }
            }
            return out
        }
    }

    // MARK: Parsing

    struct Parser {
        let lexemes: [Lexeme]
        var position = 0
        var dates: [DateRange] = []
        /// The first word skipped for having no letters or digits ("&"), for the error when nothing else remains.
        var skipped: (text: String, column: Int)?

        init(lexemes: [Lexeme]) { self.lexemes = lexemes }

        var current: Lexeme? { position < lexemes.count ? lexemes[position] : nil }

        mutating func sequence(depth: Int) throws(QueryError) -> [QueryNode] {
            var items: [QueryNode] = []
            while let lexeme = current {
                switch lexeme.kind {
                case .close:
                    if depth == 0 { throw .unexpectedParenthesis(column: lexeme.column) }
                    return items
                case .or:
                    throw .danglingOperator("OR", column: lexeme.column)
                case .and:
                    position += 1
                    if items.isEmpty || current == nil || current?.kind == .close || current?.kind == .or || current?.kind == .and {
                        throw .danglingOperator("AND", column: lexeme.column)
                    }
                default:
                    if let item = try item(depth: depth) { items.append(item) }
                }
            }
            return items
        }

        mutating func item(depth: Int) throws(QueryError) -> QueryNode? {
            var alternatives: [QueryNode] = []
            var sawOr = false
            var firstNode = try unary(depth: depth, inOr: isFollowedByOr())
            while let lexeme = current, lexeme.kind == .or {
                sawOr = true
                position += 1
                guard let next = current, next.kind != .close, next.kind != .or, next.kind != .and else {
                    throw .danglingOperator("OR", column: lexeme.column)
                }
                if let node = firstNode { alternatives.append(node); firstNode = nil }
                if let node = try unary(depth: depth, inOr: true) { alternatives.append(node) }
            }
            if !sawOr { return firstNode }
            if alternatives.isEmpty { return nil }
            return alternatives.count == 1 ? alternatives[0] : .any(alternatives)
        }

        func isFollowedByOr() -> Bool {
            // The unary at `position` is followed by OR when the lexeme after its extent is OR;
            // a conservative look-ahead: the next-but-one lexeme for simple primaries.
            var p = position
            if p < lexemes.count, lexemes[p].kind == .minus || lexemes[p].kind == .not { p += 1 }
            guard p < lexemes.count else { return false }
            if lexemes[p].kind == .open {
                var depth = 0
                while p < lexemes.count {
                    if lexemes[p].kind == .open { depth += 1 }
                    if lexemes[p].kind == .close { depth -= 1; if depth == 0 { break } }
                    p += 1
                }
            }
            p += 1
            return p < lexemes.count && lexemes[p].kind == .or
        }

        mutating func unary(depth: Int, inOr: Bool) throws(QueryError) -> QueryNode? {
            guard let lexeme = current else { return nil }
            if lexeme.kind == .minus || lexeme.kind == .not {
                position += 1
                guard let next = current, next.kind != .close, next.kind != .or, next.kind != .and,
                    next.kind != .minus, next.kind != .not
                else {
                    throw .danglingOperator(lexeme.kind == .minus ? "-" : "NOT", column: lexeme.column)
                }
                if case .field("date", _, _) = next.kind { throw .dateInGroup(column: next.column) }
                guard let node = try primary(depth: depth + 1, inOr: true) else { return nil }
                return .not(node, column: lexeme.column)
            }
            return try primary(depth: depth, inOr: inOr)
        }

        mutating func primary(depth: Int, inOr: Bool) throws(QueryError) -> QueryNode? {
            let lexeme = current!
            position += 1
            switch lexeme.kind {
            case .open:
                let items = try sequence(depth: depth + 1)
                guard let close = current, close.kind == .close else { throw .unclosedParenthesis(column: lexeme.column) }
                position += 1
                if items.isEmpty { throw .nothingToSearch("()", column: lexeme.column) }
                return items.count == 1 ? items[0] : .all(items)
            case .close:
                throw .unexpectedParenthesis(column: lexeme.column)
            case .or, .and, .minus, .not:
                throw .danglingOperator(Parser.name(lexeme.kind), column: lexeme.column)
            case .quoted(let content, let prefix):
                let words = WordTokenizer.tokens(content)
                if words.isEmpty { throw .nothingToSearch("\"\(content)\"", column: lexeme.column) }
                return .phrase(words, prefix: prefix, column: lexeme.column)
            case .word(let word):
                return try bareWord(word, column: lexeme.column)
            case .field(let field, let value, let valueColumn):
                let trimmed = value.trimmingSpaces
                if trimmed.isEmpty { throw .emptyFilter(field, column: lexeme.column) }
                switch field {
                case "date":
                    if depth > 0 || inOr { throw .dateInGroup(column: lexeme.column) }
                    guard let range = DateFilter.parse(trimmed) else { throw .invalidDate(trimmed, column: valueColumn) }
                    dates.append(range)
                    return nil
                case "speaker": return .filter(.speaker(trimmed), column: lexeme.column)
                case "country": return .filter(.country(trimmed), column: lexeme.column)
                case "by": return .filter(.delegation(trimmed), column: lexeme.column)
                case "org": return .filter(.organization(trimmed), column: lexeme.column)
                case "body":
                    if WordTokenizer.tokens(trimmed).isEmpty { throw .nothingToSearch(trimmed, column: valueColumn) }
                    return .filter(.body(trimmed), column: lexeme.column)
                default: return .filter(.cites(trimmed), column: lexeme.column)
                }
            }
        }

        mutating func bareWord(_ word: String, column: Int) throws(QueryError) -> QueryNode? {
            let chars = Array(word)
            if let star = chars.firstIndex(of: "*") {
                guard star == chars.count - 1 else { throw .misplacedStar(column: column + star) }
                let stem = String(chars[..<star])
                let words = WordTokenizer.tokens(stem)
                if words.isEmpty { throw .misplacedStar(column: column + star) }
                // A one-letter prefix would merge the postings of a good part of the vocabulary.
                if words.count == 1 && words[0].unicodeScalars.count < 2 { throw .shortPrefix(column: column) }
                return words.count == 1 ? .prefix(words[0], column: column) : .phrase(words, prefix: true, column: column)
            }
            if WordTokenizer.tokens(word).isEmpty {
                if skipped == nil { skipped = (word, column) }
                return nil
            }
            return .word(word, column: column)
        }

        static func name(_ kind: Lexeme.Kind) -> String {
            switch kind {
            case .or: return "OR"
            case .and: return "AND"
            case .not: return "NOT"
            default: return "-"
            }
        }
    }
}

extension String {
    package var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
