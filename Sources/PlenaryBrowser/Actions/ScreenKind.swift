/// The kinds of screen, for actions bound on some screens only.
public enum ScreenKind: String, CaseIterable, Sendable {
    case meetings
    case meeting
}
