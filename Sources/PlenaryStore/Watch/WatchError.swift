/// Why a store cannot be watched. The searches that would have asked the watcher simply
/// check every file instead, so these are reported by `plenary watch` only.
public enum WatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Network and user-space file systems do not report changes made on other machines.
    case unsupportedFileSystem(path: String, kind: String)
    case notSupportedHere
    case system(call: String, path: String, reason: String)

    public var description: String {
        switch self {
        case .unsupportedFileSystem(let path, let kind):
            return "\(path): on a \(kind) file system changes made elsewhere are not reported; searches check every file instead"
        case .notSupportedHere:
            return "watching a store needs Linux's inotify; searches check every file instead"
        case .system(let call, let path, let reason):
            return "\(path): \(call) failed: \(reason)"
        }
    }
}
