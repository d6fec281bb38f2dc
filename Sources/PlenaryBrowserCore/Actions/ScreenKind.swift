/// The kinds of screen, for actions bound on some screens only.
public enum ScreenKind: String, CaseIterable, Sendable {
    case meetings
    case meeting
    case speaker
    case resolution
    case country
    case timeline
    case comparison
    case search

    /// The name in the title bar.
    public var title: String {
        switch self {
        case .meetings: return "Meetings"
        case .meeting: return "Meeting"
        case .speaker: return "Speaker"
        case .resolution: return "Resolution"
        case .country: return "Country"
        case .timeline: return "Timeline"
        case .comparison: return "Compare"
        case .search: return "Search"
        }
    }

    /// Screens listing items (where `/` searches the whole store and `f` filters the list).
    public static let lists: Set<ScreenKind> = [.speaker, .resolution, .country, .timeline, .comparison]
}
