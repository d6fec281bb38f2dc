/// A styled span of a text, in Unicode scalar offsets (the record format's unit), end exclusive.
public struct Highlight: Equatable, Sendable {
    public var range: Range<Int>
    public var style: Style
    /// Keep the span on one line when it fits ("822 (1993)" is never split at its space).
    public var keepTogether: Bool

    public init(_ range: Range<Int>, _ style: Style, keepTogether: Bool = true) {
        self.range = range
        self.style = style
        self.keepTogether = keepTogether
    }
}
