/// Lines of already wrapped text shown from a scroll offset.
public enum PagerWidget {
    public static func render(into grid: inout Grid, rect: Rect, lines: [StyledLine], offset: Int) {
        for dy in 0..<rect.height {
            let index = offset + dy
            guard index >= 0, index < lines.count else { continue }
            grid.put(lines[index], x: rect.x, y: rect.y + dy, limit: rect.width)
        }
    }

    /// The largest useful offset: the last line at the bottom of the view.
    public static func maxOffset(lineCount: Int, height: Int) -> Int { max(0, lineCount - height) }
}
