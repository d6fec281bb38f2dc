/// A page of results and how it was ordered.
public struct SearchPage: Sendable, Equatable {
    public enum Order: String, Sendable, Equatable {
        /// BM25, then newer first, over every match.
        case relevance
        /// BM25, then newer first, over the newest `window` matches only (the query matched more).
        case relevanceWithinNewest
        /// Newest first, no ranking: the instant first page.
        case newest
    }

    public var results: [SearchResult]
    public var order: Order
    /// The number of newest matches ranked, for `.relevanceWithinNewest`.
    public var window: Int?
    /// A query with close vocabulary when nothing matched ("did you mean …").
    public var suggestion: String?
    public var query: SearchQuery

    public init(results: [SearchResult], order: Order, window: Int?, suggestion: String?, query: SearchQuery) {
        self.results = results
        self.order = order
        self.window = window
        self.suggestion = suggestion
        self.query = query
    }
}
