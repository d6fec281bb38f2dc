/// A screen to draw frames on and a source of key events. `NcursesTerminal` is the real
/// one; `InMemoryTerminal` serves tests.
public protocol Terminal: AnyObject {
    /// The current size in columns and rows.
    var size: Size { get }
    /// The number of colours (0 for none), to choose a theme.
    var colors: Int { get }
    func draw(_ frame: Frame)
    /// The next event, waiting at most `timeoutMilliseconds` (`nil`: wait for one).
    /// Returns `nil` when the time ran out.
    func nextEvent(timeoutMilliseconds: Int?) -> KeyEvent?
    /// Forget what is on the screen so the next frame repaints every cell (Ctrl-L, after
    /// another program wrote to the terminal).
    func invalidate()
}
