import PlenaryModel

/// Everything that can go wrong with a store, each with a one-line message for the user.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notAStore(path: String)
    case alreadyAStore(path: String)
    case unreadableManifest(path: String, reason: String)
    case newerFormat(path: String, found: String)
    case invalidID(String)
    case meetingNotFound(id: String)
    case unreadableMeeting(path: String, reason: String)
    case invalidMeeting(path: String, problems: [ValidationProblem])
    case io(path: String, reason: String)
    case lockFailed(path: String, reason: String)
    /// A folder of the store (a symbolic link) whose real path is outside the store.
    case outsideStore(path: String, resolved: String)
    /// A file name that is not UTF-8, shown with its bytes escaped.
    case nameNotUTF8(path: String)

    public var description: String {
        switch self {
        case .notAStore(let path):
            return "\(path): not a Plenary store (no plenary-store.json); create one with `plenary init \(path)`"
        case .alreadyAStore(let path):
            return "\(path): already a Plenary store"
        case .unreadableManifest(let path, let reason):
            return "\(path): cannot read the store manifest: \(reason)"
        case .newerFormat(let path, let found):
            return "\(path): store format \(found) is newer than this plenary understands (\(StoreManifest.currentFormat)); upgrade plenary"
        case .invalidID(let id):
            return "\"\(id.replacingOccurrences(of: "\0", with: "\\0"))\" is not a meeting id (ids use a-z, 0-9 and -)"
        case .meetingNotFound(let id):
            return "no meeting with id \(id)"
        case .unreadableMeeting(let path, let reason):
            return "\(path): \(reason)"
        case .invalidMeeting(let path, let problems):
            let first = problems.first.map { "\($0)" } ?? "invalid"
            let more = problems.count > 1 ? " (and \(problems.count - 1) more problems)" : ""
            return "\(path): \(first)\(more)"
        case .io(let path, let reason):
            return "\(path): \(reason)"
        case .lockFailed(let path, let reason):
            return "\(path): cannot lock the store: \(reason)"
        case .outsideStore(let path, _):
            return "\(path): \(reason)"
        case .nameNotUTF8(let path):
            return "\(path): the file name is not UTF-8; rename it to import it"
        }
    }

    /// The reason part of `.outsideStore`, for `plenary check`.
    var reason: String {
        if case .outsideStore(_, let resolved) = self {
            return
                "a link that leads outside the store (to \(resolved)); Plenary writes only inside the store: move the folder in, or remove the link"
        }
        return description
    }
}
