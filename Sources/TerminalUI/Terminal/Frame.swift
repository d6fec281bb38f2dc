/// What the application shows: a grid and where the hardware cursor rests.
public struct Frame: Equatable, Sendable {
    public var grid: Grid
    /// Where to park the cursor (the selected row, or the prompt's insertion point).
    public var cursor: Position?
    /// Show the cursor (while typing into a prompt); otherwise it is parked but hidden.
    public var cursorVisible: Bool

    public init(grid: Grid, cursor: Position? = nil, cursorVisible: Bool = false) {
        self.grid = grid
        self.cursor = cursor
        self.cursorVisible = cursorVisible
    }
}
