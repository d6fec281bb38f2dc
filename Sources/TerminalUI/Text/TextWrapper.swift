/// Word wrapping by display width that carries highlight styles across line breaks.
public enum TextWrapper {
    private struct Glyph {
        var text: String
        var width: Int
        var offset: Int
        var end: Int
        var style: Style
        var breakable: Bool
    }

    /// Wraps `text` to `width` columns. Highlights later in the array win where they overlap;
    /// a `keepTogether` highlight that fits a line is moved whole to the next line rather
    /// than split. Words longer than a line are broken between grapheme clusters.
    public static func wrap(_ text: String, width: Int, highlights: [Highlight] = [], base: Style = .normal) -> [WrappedLine] {
        guard width > 0 else { return [] }
        let glyphs = makeGlyphs(text, width: width, highlights: highlights, base: base)
        var lines: [WrappedLine] = []
        var current: [Glyph] = []
        var currentWidth = 0
        var pendingSpaces: [Glyph] = []
        var i = 0

        func flush() {
            lines.append(
                makeLine(current, fallbackOffset: glyphs.isEmpty ? 0 : (i < glyphs.count ? glyphs[i].offset : glyphs[glyphs.count - 1].end))
            )
            current = []
            currentWidth = 0
        }

        while i < glyphs.count {
            if glyphs[i].breakable {
                pendingSpaces.append(glyphs[i])
                i += 1
                continue
            }
            // The next unbreakable word.
            var j = i
            var wordWidth = 0
            while j < glyphs.count && !glyphs[j].breakable {
                wordWidth += glyphs[j].width
                j += 1
            }
            let spaceWidth = pendingSpaces.reduce(0) { $0 + $1.width }
            if currentWidth + spaceWidth + wordWidth <= width {
                if !current.isEmpty { current += pendingSpaces; currentWidth += spaceWidth }
                current += glyphs[i..<j]
                currentWidth += wordWidth
                pendingSpaces = []
                i = j
                continue
            }
            if !current.isEmpty {
                pendingSpaces = []
                flush()
                continue
            }
            // A word longer than the line: break it between clusters.
            pendingSpaces = []
            while i < j {
                if currentWidth + glyphs[i].width > width && !current.isEmpty { flush() }
                current.append(glyphs[i])
                currentWidth += glyphs[i].width
                i += 1
            }
        }
        if !current.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    /// The styled text of one wrapped line: the scalars `range` of `text` with `highlights`
    /// applied (later ones win), made visible exactly as `wrap` shows them. Lets a long
    /// text be wrapped once and only its visible lines be styled per frame.
    public static func style(_ text: String, range: Range<Int>, highlights: [Highlight], base: Style = .normal) -> StyledLine {
        let scalars = text.unicodeScalars
        let lower = min(max(0, range.lowerBound), scalars.count)
        let upper = min(max(lower, range.upperBound), scalars.count)
        let from = scalars.index(scalars.startIndex, offsetBy: lower)
        let to = scalars.index(from, offsetBy: upper - lower)
        var line = StyledLine()
        var offset = lower
        for character in String(scalars[from..<to]) {
            let (visible, w) = DisplayWidth.visible(character)
            defer { offset += character.unicodeScalars.count }
            guard w > 0 || !visible.isEmpty else { continue }
            let isSpace = visible == " " || character.isWhitespace
            var style = base
            for highlight in highlights where highlight.range.contains(offset) { style = highlight.style }
            line.append(isSpace ? " " : visible, style)
        }
        return line
    }

    private static func makeGlyphs(_ text: String, width: Int, highlights: [Highlight], base: Style) -> [Glyph] {
        let scalarCount = text.unicodeScalars.count
        var styles = [Style](repeating: base, count: scalarCount + 1)
        var together = [Bool](repeating: false, count: scalarCount + 1)
        for highlight in highlights {
            let lower = max(0, min(scalarCount, highlight.range.lowerBound))
            let upper = max(lower, min(scalarCount, highlight.range.upperBound))
            for k in lower..<upper { styles[k] = highlight.style }
            if highlight.keepTogether, upper > lower,
                DisplayWidth.of(String(text.unicodeScalars.dropFirst(lower).prefix(upper - lower))) <= width
            {
                // Spaces strictly inside the span do not break.
                for k in lower..<upper { together[k] = true }
            }
        }
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(scalarCount)
        var offset = 0
        for character in text {
            let (visible, w) = DisplayWidth.visible(character)
            let count = character.unicodeScalars.count
            if w > 0 || !visible.isEmpty {
                let isSpace = visible == " " || character.isWhitespace
                glyphs.append(
                    Glyph(
                        text: isSpace ? " " : visible, width: isSpace ? 1 : w, offset: offset, end: offset + count,
                        style: styles[offset], breakable: isSpace && !together[offset]))
            }
            offset += count
        }
        return glyphs
    }

    private static func makeLine(_ glyphs: [Glyph], fallbackOffset: Int) -> WrappedLine {
        var line = StyledLine()
        for glyph in glyphs { line.append(glyph.text, glyph.style) }
        guard let first = glyphs.first, let last = glyphs.last else {
            return WrappedLine(line: line, scalarRange: fallbackOffset..<fallbackOffset)
        }
        return WrappedLine(line: line, scalarRange: first.offset..<last.end)
    }
}
