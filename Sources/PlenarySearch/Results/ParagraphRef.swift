/// Where a matching paragraph is, without its text.
public struct ParagraphRef: Hashable, Sendable {
    public var meeting: String
    public var paragraph: Int
    public init(meeting: String, paragraph: Int) {
        self.meeting = meeting
        self.paragraph = paragraph
    }
}
