/// One screen of the navigation stack with everything needed to show it again as it was.
public enum Screen: Equatable, Sendable {
    case meetings(MeetingsScreen)
    case meeting(MeetingScreen)

    public var kind: ScreenKind {
        switch self {
        case .meetings: return .meetings
        case .meeting: return .meeting
        }
    }
}
