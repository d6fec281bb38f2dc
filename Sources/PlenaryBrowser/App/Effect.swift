/// What the reducer asks the runtime to do: effects are values, so tests can see them.
public enum Effect: Equatable, Sendable {
    case loadCatalog
    case loadMeeting(id: String, request: Int)
    case startTimer(TimerID, milliseconds: Int)
    /// Repaint the whole screen, not just what changed.
    case repaint
    case quit
}
