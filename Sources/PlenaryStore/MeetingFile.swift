/// A meeting file as found on disk, without reading it: what change detection compares.
public struct MeetingFile: Equatable, Sendable {
    public var id: String
    /// Relative to the store root: `meetings/<yyyy>/<id>.json`.
    public var relativePath: String
    public var size: Int64
    /// Modification time in nanoseconds since the epoch.
    public var modified: Int64

    public init(id: String, relativePath: String, size: Int64, modified: Int64) {
        self.id = id
        self.relativePath = relativePath
        self.size = size
        self.modified = modified
    }
}
