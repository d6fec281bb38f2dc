/// One screen of the navigation stack with everything needed to show it again as it was.
/// Each case is a screen's registration; everything else about a screen is reached
/// through `ScreenModel`.
public enum Screen: Equatable, Sendable {
    case meetings(MeetingsScreen)
    case meeting(MeetingScreen)
    /// A speaker, resolution, country or timeline.
    case entity(EntityScreen)
    case search(SearchScreen)

    /// The screen's own value, to route to.
    var model: any ScreenModel {
        switch self {
        case .meetings(let screen): return screen
        case .meeting(let screen): return screen
        case .entity(let screen): return screen
        case .search(let screen): return screen
        }
    }

    public var kind: ScreenKind { model.kind }
}
