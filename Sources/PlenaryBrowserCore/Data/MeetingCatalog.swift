import PlenaryModel

/// The meetings list as the browser needs it: summaries newest first with their folded
/// search keys, built off the input path when the store is opened.
public struct MeetingCatalog: Equatable, Sendable {
    public private(set) var summaries: [MeetingSummary]
    /// Folded "date organisation symbol title body id" per summary, for the filter.
    public let filterKeys: FilterKeys
    /// Files the store could not read, as "path: reason".
    public var problems: [String]

    public init(summaries: [MeetingSummary], problems: [String] = []) {
        // The store lists newest first already; sort only when it did not.
        let ordered: (MeetingSummary, MeetingSummary) -> Bool = { $0.date != $1.date ? $0.date > $1.date : $0.id < $1.id }
        let isSorted = zip(summaries, summaries.dropFirst()).allSatisfy { !ordered($1, $0) }
        let sorted = isSorted ? summaries : summaries.sorted(by: ordered)
        self.summaries = sorted
        self.filterKeys = FilterKeys(sorted)
        self.problems = problems
    }

    public var count: Int { summaries.count }

    /// Indexes of the summaries matching every word of `filter` (all when it is blank).
    public func indexes(matching filter: String) -> [Int] {
        let words = TextFolding.words(filter)
        if words.isEmpty { return Array(summaries.indices) }
        let keys = filterKeys.get()
        return keys.indices.filter { TextFolding.matchesAll(words, in: keys[$0]) }
    }

    public static func == (a: MeetingCatalog, b: MeetingCatalog) -> Bool {
        a.summaries == b.summaries && a.problems == b.problems
    }
}
