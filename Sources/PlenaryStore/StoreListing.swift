import PlenaryModel

/// The meetings of a store as lists show them, plus the files that could not be read.
public struct StoreListing: Sendable {
    /// Newest first (by date, then id).
    public var summaries: [MeetingSummary]
    public var problems: [StoreProblem]

    public init(summaries: [MeetingSummary], problems: [StoreProblem]) {
        self.summaries = summaries
        self.problems = problems
    }
}
