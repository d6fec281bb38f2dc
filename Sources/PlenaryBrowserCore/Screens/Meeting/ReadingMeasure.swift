/// How wide a meeting's text is set: at most `width` columns (a readable measure on a wide
/// terminal), centred in the screen or set from its left edge. `measure` and `align` in
/// config.toml.
public struct ReadingMeasure: Equatable, Sendable {
    /// The most columns a line of text takes, paragraph numbers included.
    public var width: Int
    public var centred: Bool

    public static let standardWidth = 100

    public init(width: Int = ReadingMeasure.standardWidth, centred: Bool = true) {
        self.width = max(40, width)
        self.centred = centred
    }

    /// Columns of text on a screen `screenWidth` wide.
    public func lineWidth(in screenWidth: Int) -> Int { min(screenWidth, width) }

    /// The column the text starts at.
    public func left(in screenWidth: Int) -> Int {
        centred ? (screenWidth - lineWidth(in: screenWidth)) / 2 : 0
    }
}
