/// One terminal cell. A wide character occupies its cell (`width == 2`) and the next one,
/// which is a continuation (`width == 0`, empty text) that terminals never draw themselves.
public struct Cell: Equatable, Hashable, Sendable {
    /// One grapheme cluster, already made safe to print (see `DisplayWidth.visible`).
    public var text: String
    public var width: Int
    public var style: Style

    public init(text: String, width: Int, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(text: " ", width: 1, style: .normal)

    public static func blank(_ style: Style) -> Cell { Cell(text: " ", width: 1, style: style) }

    public var isContinuation: Bool { width == 0 }
}
