/// What a prompt is for.
public enum PromptPurpose: Hashable, Sendable {
    case command
    case filter
    case search(backward: Bool)
    /// The query of the search screen (the whole store).
    case storeSearch

    var prefix: String {
        switch self {
        case .command: return ":"
        case .filter: return "Filter: "
        case .search(let backward): return backward ? "?" : "/"
        case .storeSearch: return "Search: "
        }
    }
}
