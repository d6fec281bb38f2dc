import PlenaryModel

/// What a whole import did: counts for the summary line, the outcome per file for `--json`,
/// and a dry run's meetings.
public struct ImportSummary: Sendable {
    public var imported = 0
    public var unchanged = 0
    public var failed = 0
    /// One entry per file: `file`, `outcome` (imported, unchanged, failed) and `meetings` or `reason`.
    public var outcomes: [[String: String]] = []
    /// The meetings a dry run extracted, in file order.
    public var extracted: [Meeting] = []

    public init() {}

    mutating func add(_ other: ImportSummary) {
        imported += other.imported
        unchanged += other.unchanged
        failed += other.failed
        outcomes += other.outcomes
        extracted += other.extracted
    }
}
