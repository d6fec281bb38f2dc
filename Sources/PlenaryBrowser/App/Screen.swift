/// One screen of the navigation stack with everything needed to show it again as it was.
public enum Screen: Equatable, Sendable {
    case meetings(MeetingsScreen)
    case meeting(MeetingScreen)
    /// A speaker, resolution, country or timeline.
    case entity(EntityScreen)
    case search(SearchScreen)

    public var kind: ScreenKind {
        switch self {
        case .meetings: return .meetings
        case .meeting: return .meeting
        case .entity(let screen): return screen.kind
        case .search: return .search
        }
    }
}
