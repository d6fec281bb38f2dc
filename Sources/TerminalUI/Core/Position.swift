/// A cell position: `x` counts columns, `y` rows, both from 0 at the top left.
public struct Position: Equatable, Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
