/// The status line: a message on the left, position information on the right. The right
/// side wins when space is short, and the left side is cut with an ellipsis.
public enum StatusLine {
    public static func render(into grid: inout Grid, row y: Int, left: String, right: String, style: Style = .status) {
        let width = grid.width
        grid.fill(Rect(x: 0, y: y, width: width, height: 1), style: style)
        let rightText = DisplayWidth.truncate(right, to: max(0, width - 1))
        let rightWidth = DisplayWidth.of(rightText)
        let leftRoom = max(0, width - rightWidth - (rightWidth > 0 ? 2 : 0) - 1)
        grid.put(DisplayWidth.truncate(left, to: leftRoom), x: 1, y: y, style: style, limit: leftRoom)
        if rightWidth > 0 { grid.put(rightText, x: width - rightWidth - 1, y: y, style: style) }
    }
}
