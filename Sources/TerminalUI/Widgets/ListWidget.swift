/// A list drawn from a viewport: only visible rows are asked for, so a list of 100,000
/// rows costs the same to draw as one of twenty.
public enum ListWidget {
    /// Draws rows `viewport.offset…` into `rect`; the selected row gets the selection bar
    /// across the full width. Returns the screen row of the selection, if visible.
    @discardableResult
    public static func render(
        into grid: inout Grid, rect: Rect, count: Int, viewport: ListViewport,
        showSelection: Bool = true, row: (Int) -> StyledLine
    ) -> Int? {
        var selectedRow: Int?
        for dy in 0..<rect.height {
            let index = viewport.offset + dy
            guard index < count else { break }
            let line = row(index).truncated(to: rect.width)
            grid.put(line, x: rect.x, y: rect.y + dy, limit: rect.width)
            if showSelection && index == viewport.selection {
                grid.restyle(rect.row(dy), style: .selection)
                selectedRow = rect.y + dy
            }
        }
        return selectedRow
    }
}
