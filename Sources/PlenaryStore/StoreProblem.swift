/// A meeting file that could not be read, with the reason; the rest of the store still opens.
public struct StoreProblem: Equatable, Sendable, CustomStringConvertible {
    /// Path of the file relative to the store root, e.g. `meetings/2017/x.json`.
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
