/// One line of wrapped text with the scalar offsets of the source text it shows.
public struct WrappedLine: Equatable, Sendable {
    public var line: StyledLine
    /// Offsets (Unicode scalars) of the first shown character and just past the last.
    public var scalarRange: Range<Int>

    public init(line: StyledLine, scalarRange: Range<Int>) {
        self.line = line
        self.scalarRange = scalarRange
    }
}
