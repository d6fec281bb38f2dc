/// The parsed form of a search query (docs/search.md). Columns are 1-based positions in the
/// query string, kept so later stages can point at the words they complain about.
public indirect enum QueryNode: Equatable, Sendable {
    /// A word matched through stemming: `ceasefire` finds "ceasefires".
    case word(String, column: Int)
    /// Exact words in order: `"territorial integrity"`. With `prefix`, the last word is a prefix.
    case phrase([String], prefix: Bool, column: Int)
    /// An exact prefix: `negotiat*`.
    case prefix(String, column: Int)
    case filter(QueryFilter, column: Int)
    /// All must match.
    case all([QueryNode])
    /// Any may match.
    case any([QueryNode])
    /// Must not match; only meaningful beside something that must.
    case not(QueryNode, column: Int)
}

/// A `field:value` restriction other than dates (dates restrict the rowid range instead).
public enum QueryFilter: Equatable, Sendable {
    case speaker(String)
    /// Attended or concerned: the meeting's attendance, a speaker's delegation, a mention.
    case country(String)
    /// Spoken by the country's delegation (`by:RUS`, `delegation:Russia`).
    case delegation(String)
    case organization(String)
    case body(String)
    case cites(String)
}

/// An inclusive range of ISO days; either end may be open.
public struct DateRange: Equatable, Sendable {
    public var from: String?
    public var to: String?
    public init(from: String?, to: String?) {
        self.from = from
        self.to = to
    }
}

/// A parsed query: the text part and the date ranges that all must hold.
public struct SearchQuery: Equatable, Sendable {
    public var text: String
    public var root: QueryNode?
    public var dates: [DateRange]

    public init(text: String, root: QueryNode?, dates: [DateRange]) {
        self.text = text
        self.root = root
        self.dates = dates
    }

    /// Parses `text`; see `QueryParser`.
    public static func parse(_ text: String) throws(QueryError) -> SearchQuery {
        try QueryParser.parse(text)
    }
}
