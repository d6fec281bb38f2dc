/// A screen reached by following a link, named so it can be loaded again (history, marks).
public enum LinkTarget: Hashable, Codable, Sendable {
    /// A person: the registry id, or a meeting's local id resolved through the registry.
    case speaker(id: String, meeting: String?)
    /// A cited instrument by canonical symbol (`S/RES/822 (1993)`).
    case resolution(symbol: String)
    /// A state by ISO 3166-1 alpha-3 code.
    case country(code: String)
    /// The meetings of a body (or, without one, an organisation) on a time axis.
    case timeline(organization: String?, body: String?)
    /// The meetings of a body on one agenda item (the Security Council's series), on a time axis.
    case agenda(body: String, item: String)
    /// A meeting compared with its body's previous meeting: what changed, was added or dropped.
    case comparison(meeting: String)

    public var kind: ScreenKind {
        switch self {
        case .speaker: return .speaker
        case .resolution: return .resolution
        case .country: return .country
        case .timeline, .agenda: return .timeline
        case .comparison: return .comparison
        }
    }

    /// The title bar's name for it before it has loaded (after the screen's kind).
    public var name: String {
        switch self {
        case .speaker(let id, _): return id
        case .resolution(let symbol): return symbol
        case .country(let code): return code
        case .timeline(let organization, let body): return body ?? organization ?? "all meetings"
        case .agenda(_, let item): return item
        case .comparison(let meeting): return meeting
        }
    }

    /// What the status line calls it.
    public var label: String {
        switch self {
        case .speaker(let id, _): return "Speaker \(id)"
        case .resolution(let symbol): return symbol
        case .country(let code): return "Country \(code)"
        case .timeline(let organization, let body): return "Timeline of \(body ?? organization ?? "all meetings")"
        case .agenda(let body, let item): return "Timeline of \(item) (\(body))"
        case .comparison(let meeting): return "Changes in \(meeting)"
        }
    }
}
