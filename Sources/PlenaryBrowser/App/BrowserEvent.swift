import PlenaryModel
import TerminalUI

/// Everything that reaches the reducer: input, results of loads, timers.
public enum BrowserEvent: Equatable, Sendable {
    /// The runtime has drawn nothing yet and asks for the first effects.
    case started
    case key(KeyEvent)
    case action(Action)
    case resized(Size)
    case catalogLoaded(MeetingCatalog)
    case meetingLoaded(request: Int, Result<Meeting, LoadFailure>)
    case timer(TimerID)
    /// A load has been running this long; shown on the progress line.
    case loading(elapsedMilliseconds: Int)
}
