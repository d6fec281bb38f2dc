import TerminalUI

/// What a screen may read of the rest of the state while it updates itself: the screen
/// changes only itself and says what else should happen through its `ScreenOutcome`.
struct ScreenContext: Sendable {
    /// Where the screen is drawn at the current size.
    var areas: ScreenAreas
    /// Key names for messages ("Tab moves to the links").
    var actions: ActionTable
    /// The meeting list's catalogue; for `catalogLoaded`, the one being replaced.
    var catalog: MeetingCatalog?
    var input: InputMode
    var countries: CountryNames
    var filterDebounceMilliseconds: Int
    /// Whether this screen is the one shown (events reach every screen of the history).
    var isTop: Bool
    /// Whether this screen may be taken away (`drop`): shown, with a screen below it.
    var canDrop: Bool
}
