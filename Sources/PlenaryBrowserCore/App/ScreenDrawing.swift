/// What a screen drew into the body and wants in the bars around it: the renderer draws
/// the title and status rows the same way for every screen.
struct ScreenDrawing: Sendable {
    var title: String
    var titleRight = ""
    /// The status line when no message or prompt covers it.
    var status = ""
    var statusRight = ""
    /// The row to park the terminal's cursor on.
    var cursorRow: Int?
}
