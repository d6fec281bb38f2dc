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
}

/// Timers the reducer asks for; the runtime sends them back as events when due.
public enum TimerID: Hashable, Sendable {
    /// Apply the filter typed so far, if no key came since (debouncing).
    case applyFilter(generation: Int)
}
