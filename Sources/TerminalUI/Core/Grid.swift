/// A screen's worth of styled cells: what widgets render into, what a `Terminal` draws and
/// what screen tests compare. Writing never goes outside the grid and never leaves half of
/// a wide character behind.
public struct Grid: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` from `(x, y)` in `style`, clipped to `limit` columns (and the grid's
    /// edge); returns the columns written. A wide character that would straddle the limit
    /// is replaced by a space so columns stay aligned.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let end = min(size.width, limit.map { x + max(0, $0) } ?? size.width)
        var column = x
        for character in text {
            if column >= end { break }
            let (visible, width) = DisplayWidth.visible(character)
            if width == 0 {
                appendCombining(visible, beforeColumn: column, y: y)
                continue
            }
            if column < 0 { column += width; continue }
            if column + width > end {
                set(Cell.blank(style), x: column, y: y)
                column += 1
                break
            }
            set(Cell(text: visible, width: width, style: style), x: column, y: y)
            if width == 2 { set(Cell(text: "", width: 0, style: style), x: column + 1, y: y) }
            column += width
        }
        return max(0, column - max(x, 0))
    }

    /// Writes runs of styled text one after another; returns the columns written.
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) -> Int {
        let end = limit.map { x + $0 } ?? size.width
        var column = x
        for run in line.runs {
            guard column < end else { break }
            column += put(run.text, x: column, y: y, style: run.style, limit: end - column)
        }
        return column - x
    }

    /// Fills a rectangle with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let x0 = max(0, rect.x), x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { set(Cell.blank(style), x: x, y: y) }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the text (selection bars).
    public mutating func restyle(_ rect: Rect, style: Style) {
        let x0 = max(0, rect.x), x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * size.width + x].style = style }
        }
    }

    /// Copies `other` onto this grid with its top left at `(x, y)` (overlays).
    public mutating func blit(_ other: Grid, x: Int, y: Int) {
        for oy in 0..<other.height {
            for ox in 0..<other.width {
                let cell = other[ox, oy]
                let tx = x + ox, ty = y + oy
                guard tx >= 0, ty >= 0, tx < size.width, ty < size.height else { continue }
                if cell.isContinuation { cells[ty * size.width + tx] = cell } else { set(cell, x: tx, y: ty) }
            }
        }
    }

    // MARK: Reading back (tests, terminals)

    /// Row `y` as text; continuation cells are skipped, so wide characters appear once.
    public func text(row y: Int) -> String {
        var out = ""
        for x in 0..<size.width {
            let cell = self[x, y]
            if !cell.isContinuation { out += cell.text }
        }
        return out
    }

    /// The whole grid as text, one line per row, trailing spaces removed.
    public var text: String {
        (0..<size.height).map { trimTrailing(text(row: $0)) }.joined(separator: "\n")
    }

    /// One mask character per column (`Style.maskCharacter`), trailing blanks removed.
    public var attributeMask: String {
        (0..<size.height).map { y in
            trimTrailing(String((0..<size.width).map { self[$0, y].style.maskCharacter }))
        }.joined(separator: "\n")
    }

    // MARK: Private

    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let i = y * size.width + x
        // Overwriting either half of a wide character blanks the other half.
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell.blank(cells[i - 1].style)
        }
        if cells[i].width == 2, x + 1 < size.width, cell.width != 2 {
            cells[i + 1] = Cell.blank(cells[i + 1].style)
        }
        if cell.width == 2 && x + 1 >= size.width {
            cells[i] = Cell.blank(cell.style)
            return
        }
        cells[i] = cell
    }

    private mutating func appendCombining(_ text: String, beforeColumn column: Int, y: Int) {
        guard !text.isEmpty, column > 0, column <= size.width else { return }
        var x = column - 1
        while x > 0 && cells[y * size.width + x].isContinuation { x -= 1 }
        cells[y * size.width + x].text += text
    }

    private func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
