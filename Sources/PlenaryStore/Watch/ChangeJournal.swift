/// What a store watcher has seen since it started, kept so that any client can ask "what
/// changed since token T?". Pure: the watcher's event loop feeds it, requests read it.
///
/// Each touched meeting file keeps only the number of its latest event, so memory grows with
/// the number of distinct files changed, not with the number of writes.
public struct ChangeJournal: Sendable {
    public let session: UInt64
    public private(set) var position: UInt64 = 0
    /// Latest event number of each meeting file touched since the last reset.
    private var touched: [String: UInt64] = [:]
    /// The event after which only a check of every file is sure.
    private var lastReset: UInt64 = 0

    /// Beyond this many changed files, checking every file is as cheap as checking a list.
    public static let listLimit = 5_000
    /// Beyond this many files remembered, the journal forgets them and asks for a full check.
    public static let memoryLimit = 100_000

    public init(session: UInt64) {
        self.session = session
    }

    public var token: WatchToken { WatchToken(session: session, position: position) }

    /// A meeting file (`meetings/<year>/<name>.json`) was written, created, renamed or removed.
    public mutating func touch(_ relativePath: String) {
        guard touched.count < Self.memoryLimit else { return reset() }
        position += 1
        touched[relativePath] = position
    }

    /// Something happened that a list of files cannot describe: folders added, removed or
    /// renamed, or the kernel's event queue overflowed.
    public mutating func reset() {
        position += 1
        lastReset = position
        touched.removeAll(keepingCapacity: true)
    }

    /// The changes a client holding `token` has not taken in yet.
    public func changes(since token: WatchToken?) -> WatchChanges {
        guard let token, token.session == session, token.position <= position, token.position >= lastReset else {
            return .unknown
        }
        var paths: [String] = []
        for (path, event) in touched where event > token.position {
            paths.append(path)
            if paths.count > Self.listLimit { return .unknown }
        }
        return .paths(paths.sorted())
    }

    public func reply(since token: WatchToken?) -> WatchReply {
        WatchReply(token: self.token, changes: changes(since: token))
    }
}
