/// A place worth coming back to: a paragraph of a meeting, a linked screen or a search.
/// Codable: marks are kept in the store's `.plenary/marks.json` between runs.
public enum Mark: Codable, Equatable, Sendable {
    case meeting(id: String, date: String, paragraph: Int?)
    case link(LinkTarget)
    case search(query: String)

    public var label: String {
        switch self {
        case .meeting(let id, _, let paragraph): return id + (paragraph.map { " ¶\($0)" } ?? "")
        case .link(let target): return target.label
        case .search(let query): return "search “\(query)”"
        }
    }
}
