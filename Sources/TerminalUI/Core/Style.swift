/// What a cell means, not how it looks: a `Theme` decides colours and attributes, so the
/// monochrome theme, `NO_COLOR` and screen tests all work from the same rendered grid.
public enum Style: String, CaseIterable, Hashable, Sendable {
    case normal
    case title
    case heading
    case dim
    case link
    /// The link that Tab has moved to.
    case focusedLink
    case match
    case currentMatch
    case selection
    case status
    case prompt
    case error

    /// One character per style for the attribute masks of golden screen tests.
    public var maskCharacter: Character {
        switch self {
        case .normal: return " "
        case .title: return "T"
        case .heading: return "H"
        case .dim: return "d"
        case .link: return "L"
        case .focusedLink: return "F"
        case .match: return "m"
        case .currentMatch: return "M"
        case .selection: return "S"
        case .status: return "s"
        case .prompt: return "p"
        case .error: return "E"
        }
    }
}
