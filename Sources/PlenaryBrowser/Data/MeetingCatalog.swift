import PlenaryModel

/// The meetings list as the browser needs it: summaries newest first with their folded
/// search keys, built off the input path when the store is opened.
public struct MeetingCatalog: Equatable, Sendable {
    public private(set) var summaries: [MeetingSummary]
    /// Folded "date organisation title body id" per summary, for the filter.
    let keys: [[UInt8]]
    /// Files the store could not read, as "path: reason".
    public var problems: [String]

    public init(summaries: [MeetingSummary], problems: [String] = []) {
        let sorted = summaries.sorted { $0.date != $1.date ? $0.date > $1.date : $0.id < $1.id }
        self.summaries = sorted
        self.keys = sorted.map { s in
            TextFolding.fold([s.date, s.organization ?? "", s.title, s.body ?? "", s.id].joined(separator: " "))
        }
        self.problems = problems
    }

    public var count: Int { summaries.count }

    /// Indexes of the summaries matching every word of `filter` (all when it is blank).
    public func indexes(matching filter: String) -> [Int] {
        let words = TextFolding.words(filter)
        if words.isEmpty { return Array(summaries.indices) }
        return keys.indices.filter { TextFolding.matchesAll(words, in: keys[$0]) }
    }

    public static func == (a: MeetingCatalog, b: MeetingCatalog) -> Bool {
        a.summaries == b.summaries && a.problems == b.problems
    }
}
