/// Paragraphs of a meeting that an item of a list stands for: `y` and `e` on the item take
/// them whole, read from the record, rather than the snippet or preview the list shows.
public struct PassageRef: Equatable, Sendable {
    public var meeting: String
    /// 1-based paragraph indexes.
    public var paragraphs: [Int]

    public init(meeting: String, paragraphs: [Int]) {
        self.meeting = meeting
        self.paragraphs = paragraphs
    }
}
