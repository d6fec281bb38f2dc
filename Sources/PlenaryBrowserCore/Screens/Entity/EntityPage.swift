/// What a speaker, resolution, country or timeline screen shows once loaded: facts above,
/// an optional per-step histogram, then the items in date order.
public struct EntityPage: Equatable, Sendable {
    public var title: String
    /// Header lines: the first is the name, the rest facts.
    public var facts: [String]
    public var histogram: Histogram?
    public var items: EntityItems
    /// Shown instead of the list when there are no items.
    public var emptyText: String
    /// The search filter that keeps a store search within this entity (`speaker:"…"`,
    /// `cites:"…"`, `country:…`): `/` here starts the search screen with it.
    public var searchScope: String?
    /// One line per item (the timeline), rather than a heading and lines of text.
    public var compact = false

    public init(title: String, facts: [String], histogram: Histogram? = nil, items: [EntityItem], emptyText: String) {
        self.init(title: title, facts: facts, histogram: histogram, items: EntityItems(items), emptyText: emptyText)
    }

    public init(title: String, facts: [String], histogram: Histogram? = nil, items: EntityItems, emptyText: String) {
        self.title = title
        self.facts = facts
        self.histogram = histogram
        self.items = items
        self.emptyText = emptyText
        self.searchScope = nil
    }

    /// The filter value quoted for the query language (quotes inside dropped).
    package static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "") + "\""
    }
}
