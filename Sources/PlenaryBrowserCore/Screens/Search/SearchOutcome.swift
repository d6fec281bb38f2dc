import PlenaryQuery

/// A page of search results as the search screen needs it (the runtime converts the
/// index's page), so the screen can be tested without an index.
public struct SearchOutcome: Equatable, Sendable {
    public var results: [SearchResult]
    /// How the page was ranked when that is worth saying ("ranked among the newest 5000 matches").
    public var note: String?
    /// A query with close vocabulary when nothing matched.
    public var suggestion: String?
    /// Titles of the meetings in the results, by id (the index returns ids only).
    public var titles: [String: String]
    /// The page ranked only the newest matches, or none: ranking more of them is worth asking
    /// for (`Effect.refineSearch`).
    public var ranksMore: Bool

    public init(
        results: [SearchResult], note: String? = nil, suggestion: String? = nil, titles: [String: String] = [:],
        ranksMore: Bool = false
    ) {
        self.results = results
        self.note = note
        self.suggestion = suggestion
        self.titles = titles
        self.ranksMore = ranksMore
    }

    public init(_ page: SearchPage, titles: [String: String] = [:]) {
        var note: String?
        if page.order == .relevanceWithinNewest, let window = page.window { note = "ranked among the newest \(window) matches" }
        self.init(
            results: page.results, note: note, suggestion: page.suggestion, titles: titles,
            ranksMore: page.order != .relevance && !page.results.isEmpty)
    }
}

/// Counts over the whole result set: paragraphs per year and per organisation.
public struct FacetCounts: Equatable, Sendable {
    public var total: Int
    public var years: [Int: Int]
    public var organizations: [String: Int]

    public init(total: Int, years: [Int: Int], organizations: [String: Int]) {
        self.total = total
        self.years = years
        self.organizations = organizations
    }

    public init(_ facets: SearchFacets) {
        self.init(total: facets.total, years: facets.years, organizations: facets.organizations)
    }
}
