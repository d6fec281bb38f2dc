/// Why a search or an index update failed, each with a one-line message.
public enum SearchError: Error, Equatable, Sendable, CustomStringConvertible {
    case query(QueryError)
    /// The search was cancelled (a newer keystroke, or `interrupt()`).
    case cancelled
    case index(path: String, reason: String)

    public var description: String {
        switch self {
        case .query(let error): return "bad query: \(error)"
        case .cancelled: return "search cancelled"
        case .index(let path, let reason): return "\(path): \(reason)"
        }
    }
}

/// Progress of an index build or update, for a progress line.
public struct IndexProgress: Sendable, Equatable {
    /// `repairing`: building anew an index found damaged (changed outside plenary).
    public enum Phase: String, Sendable { case building, updating, repairing }
    public var phase: Phase
    public var done: Int
    public var total: Int
}

/// What bringing the index up to date did.
public struct IndexChanges: Sendable, Equatable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var rebuilt = false
    /// Meeting files that could not be read or validated, and so are not searchable.
    public var unreadable = 0
    /// The index had been damaged behind the program's back and was rebuilt.
    public var repaired = false

    public var isEmpty: Bool { added == 0 && changed == 0 && removed == 0 && !rebuilt }
}
