import TerminalUI

/// Draws items (heading, detail, a passage with highlights) as blocks of two or three rows,
/// for the speaker, resolution, country, timeline and search screens.
enum ItemList {
    /// Rows per item: a heading and one line of text on small screens, two lines otherwise.
    static func itemHeight(_ areas: ScreenAreas) -> Int { areas.size.height >= 16 ? 3 : 2 }

    /// Draws `indexes` (into `items`) from the viewport's offset; returns the selected row.
    static func render(
        into grid: inout Grid, rect: Rect, items: some RandomAccessCollection<EntityItem>, indexes: [Int], viewport: ListViewport,
        itemHeight: Int
    ) -> Int? {
        var selectedRow: Int?
        let visible = max(1, rect.height / itemHeight)
        for slot in 0..<visible {
            let position = viewport.offset + slot
            guard position < indexes.count else { break }
            let item = items[items.index(items.startIndex, offsetBy: indexes[position])]
            let y = rect.y + slot * itemHeight
            // Date and detail (paragraph, speaker, verb) first: they must survive truncation.
            var heading = StyledLine(" " + item.date, .heading)
            if !item.detail.isEmpty { heading.append("  " + item.detail) }
            // One line per item: the heading is the item, not a caption above its text.
            heading.append("  " + item.heading, itemHeight == 1 ? .normal : .dim)
            grid.put(heading.truncated(to: rect.width), x: rect.x, y: y, limit: rect.width)
            if position == viewport.selection {
                grid.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: .selection)
                selectedRow = y
            }
            let (text, highlights) = window(item.text, item.highlights)
            let lines = TextWrapper.wrap(text, width: max(1, rect.width - 4), highlights: highlights.map { Highlight($0, .match) })
            for (n, line) in lines.prefix(itemHeight - 1).enumerated() {
                var shown = line.line
                if n == itemHeight - 2 && lines.count > itemHeight - 1 {
                    shown = StyledLine(shown.runs).truncated(to: max(1, rect.width - 5))
                    if !shown.plainText.hasSuffix("…") { shown.append("…", .dim) }
                }
                grid.put(shown, x: rect.x + 3, y: y + 1 + n, limit: rect.width - 4)
            }
        }
        return selectedRow
    }

    /// The passage from a little before its first highlight, so the match is on screen.
    static func window(_ text: String, _ highlights: [Range<Int>]) -> (String, [Range<Int>]) {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard let first = highlights.map(\.lowerBound).min(), first > 60 else { return (flat, highlights) }
        let scalars = Array(flat.unicodeScalars)
        var start = max(0, first - 40)
        while start < first && scalars[start] != " " { start += 1 }
        start = min(start + 1, first)
        let cut = "…" + String(String.UnicodeScalarView(scalars[start...]))
        return (cut, highlights.compactMap { r in r.lowerBound >= start ? (r.lowerBound - start + 1)..<(r.upperBound - start + 1) : nil })
    }
}
