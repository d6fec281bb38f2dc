/// What is wrong with a query, with the 1-based column it points at so a prompt or the
/// command line can draw a caret under it.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unclosedQuote(column: Int)
    case unclosedParenthesis(column: Int)
    case unexpectedParenthesis(column: Int)
    case danglingOperator(String, column: Int)
    case misplacedStar(column: Int)
    case shortPrefix(column: Int)
    case unknownField(String, column: Int)
    case emptyFilter(String, column: Int)
    case invalidDate(String, column: Int)
    case dateInGroup(column: Int)
    case onlyExclusions(column: Int)
    /// A filter value that names nothing the store, registry or gazetteer knows
    /// (`field` is the filter as typed: country, by, speaker, org, cites), with the closest known name.
    case unknownValue(field: String, value: String, suggestion: String?, column: Int)
    case nothingToSearch(String, column: Int)
    case tooLong(length: Int, limit: Int)
    case tooDeep(column: Int, limit: Int)
    case tooManyTerms(column: Int, limit: Int)
    case tooManyPrefixes(column: Int, limit: Int)

    public var column: Int {
        switch self {
        case .empty, .tooLong: return 1
        case .tooDeep(let c, _), .tooManyTerms(let c, _), .tooManyPrefixes(let c, _): return c
        case .unclosedQuote(let c), .unclosedParenthesis(let c), .unexpectedParenthesis(let c),
            .danglingOperator(_, let c), .misplacedStar(let c), .shortPrefix(let c), .unknownField(_, let c),
            .emptyFilter(_, let c), .invalidDate(_, let c), .dateInGroup(let c), .onlyExclusions(let c),
            .unknownValue(_, _, _, let c), .nothingToSearch(_, let c):
            return c
        }
    }

    public var message: String {
        switch self {
        case .empty:
            return "empty query: type words, \"a phrase\", prefix* or a filter such as country:TUR"
        case .unclosedQuote:
            return "this quote is never closed"
        case .unclosedParenthesis:
            return "this parenthesis is never closed"
        case .unexpectedParenthesis:
            return "no parenthesis to close here"
        case .danglingOperator(let op, _):
            return op == "-" || op == "NOT" ? "\(op) needs a word right after it" : "\(op) needs a word on each side"
        case .misplacedStar:
            return "* may only end a word (prefix*)"
        case .shortPrefix:
            return "a prefix needs at least two letters before the *"
        case .unknownField(let field, _):
            return "unknown filter \(field): (filters are speaker:, by:, country:, org:, body:, cites:, date:)"
        case .emptyFilter(let field, _):
            return "\(field): needs a value, e.g. \(QueryError.example(field))"
        case .invalidDate(let text, _):
            return "\"\(text)\" is not a date or range (date:2017, date:2017-09, date:2016-01..2017-06)"
        case .dateInGroup:
            return "date: applies to the whole query; it cannot be inside OR, parentheses or after -"
        case .onlyExclusions:
            return "only exclusions here: add a word or filter that must match"
        case .unknownValue(let field, let value, let suggestion, _):
            let what: String
            switch field {
            case "speaker": what = "no speaker"
            case "org": what = "no organisation"
            case "cites": what = "nothing cited as"
            default: what = "no country"
            }
            if let suggestion { return "\(what) '\(value)'; did you mean \(suggestion)?" }
            switch field {
            case "speaker": return "\(what) '\(value)' (plenary speakers lists them)"
            case "org": return "\(what) '\(value)' among the meetings of this store"
            case "cites": return "\(what) '\(value)' in this store (plenary citations lists them)"
            default: return "\(what) known as '\(value)' (use an ISO3 code such as TUR, or a name)"
            }
        case .nothingToSearch(let text, _):
            return "\"\(text)\" has no letters or digits to search for"
        case .tooLong(let length, let limit):
            return "the query is \(length) characters long; at most \(limit) are searched"
        case .tooDeep(_, let limit):
            return "parentheses nest too deep here (at most \(limit) levels)"
        case .tooManyTerms(_, let limit):
            return "too many words and filters (at most \(limit))"
        case .tooManyPrefixes(_, let limit):
            return "too many prefix* searches (at most \(limit))"
        }
    }

    public var description: String { "column \(column): \(message)" }

    /// The query with a caret under the column, then the message: for terminals.
    public func caretDiagnostic(for query: String) -> String {
        let pad = String(repeating: " ", count: max(0, column - 1))
        return "\(query)\n\(pad)^ \(message)"
    }

    static func example(_ field: String) -> String {
        switch field {
        case "speaker": return "speaker:Guterres"
        case "country": return "country:TUR"
        case "by", "delegation": return "by:RUS"
        case "org": return "org:OIC"
        case "body": return "body:\"Security Council\""
        case "cites": return "cites:S/RES/822"
        default: return "date:2017"
        }
    }
}
