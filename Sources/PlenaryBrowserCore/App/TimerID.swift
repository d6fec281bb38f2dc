/// Timers the reducer asks for; the runtime sends them back as events when due.
public enum TimerID: Hashable, Sendable {
    /// Apply the filter typed so far, if no key came since (debouncing).
    case applyFilter(generation: Int)
}
