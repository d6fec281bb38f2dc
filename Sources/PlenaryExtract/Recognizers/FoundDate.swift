/// A calendar date (or range) found in text.
public struct FoundDate: Sendable, Equatable {
    /// `YYYY-MM-DD`.
    public var date: String
    /// Last day of a range, `nil` for a single day.
    public var endDate: String?
    /// The date as printed.
    public var printed: String
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
}
