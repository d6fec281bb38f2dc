/// The three bands of a full-screen view: the title row, the body and the status row.
/// Computed once per frame from the terminal size and used both to draw and to tell what
/// a mouse click landed on, so the two can never disagree about where the body starts.
public struct ScreenAreas: Equatable, Sendable {
    public let size: Size
    public let title: Rect
    public let body: Rect
    public let status: Rect

    public init(_ size: Size) {
        self.size = size
        title = Rect(x: 0, y: 0, width: size.width, height: min(1, size.height))
        status = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: size.height > 1 ? 1 : 0)
        // Never empty: a screen always has a row to put a notice in.
        body = Rect(x: 0, y: 1, width: size.width, height: max(1, size.height - 2))
    }
}
