/// A framed box over the screen listing actions; scrolls when taller than the screen.
public enum HelpOverlay {
    /// Lines of help the overlay shows at this grid size (for scrolling limits).
    public static func visibleRows(in size: Size) -> Int { max(1, size.height - 4) }

    public static func render(into grid: inout Grid, title: String, entries: [HelpEntry], offset: Int, footer: String) {
        // As wide as the longest line needs, up to the terminal's width: nothing truncated
        // on a wide terminal, nothing past the edge on a narrow one.
        let keyColumn = 18
        // The name is for `:` and the configuration; on narrow screens the summary wins.
        let showNames = grid.width - 6 >= 60
        let longest =
            entries.map { keyColumn + 1 + DisplayWidth.of($0.summary) + (showNames ? 4 + DisplayWidth.of($0.name) : 0) }.max() ?? 0
        let wanted = max(longest, DisplayWidth.of(title) + 6, DisplayWidth.of(footer) + 6) + 4
        let boxWidth = max(10, min(grid.width - 2, wanted))
        let innerWidth = boxWidth - 4
        let rows = min(entries.count, visibleRows(in: grid.size))
        let boxHeight = min(grid.height, rows + 4)
        let x0 = max(0, (grid.width - boxWidth) / 2)
        let y0 = max(0, (grid.height - boxHeight) / 2)
        grid.fill(Rect(x: x0, y: y0, width: boxWidth, height: boxHeight), style: .normal)

        let horizontal = String(repeating: "─", count: max(0, boxWidth - 2))
        grid.put("┌" + horizontal + "┐", x: x0, y: y0, style: .dim)
        grid.put(" " + DisplayWidth.truncate(title, to: max(0, boxWidth - 6)) + " ", x: x0 + 2, y: y0, style: .title)
        for dy in 1..<max(1, boxHeight - 1) {
            grid.put("│", x: x0, y: y0 + dy, style: .dim)
            grid.put("│", x: x0 + boxWidth - 1, y: y0 + dy, style: .dim)
        }
        grid.put("└" + horizontal + "┘", x: x0, y: y0 + boxHeight - 1, style: .dim)
        grid.put(" " + DisplayWidth.truncate(footer, to: max(0, boxWidth - 6)) + " ", x: x0 + 2, y: y0 + boxHeight - 1, style: .dim)

        let keyWidth = min(keyColumn, max(4, innerWidth / 3))
        let start = min(max(0, offset), max(0, entries.count - rows))
        for (i, entry) in entries.dropFirst(start).prefix(rows).enumerated() {
            let y = y0 + 2 + i
            var line = StyledLine(DisplayWidth.fit(entry.keys, to: keyWidth), .heading)
            line.append(" ")
            line.append(entry.summary)
            if showNames { line.append(" (:\(entry.name))", .dim) }
            grid.put(line.truncated(to: innerWidth), x: x0 + 2, y: y, limit: innerWidth)
        }
    }
}
