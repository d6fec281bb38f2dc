/// A point in one watcher's stream of changes: "everything up to event `position` of watcher
/// run `session`". The search index stores the token it is current with; a token of another
/// session (the watcher restarted) means nothing is known and every file must be checked.
public struct WatchToken: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var session: UInt64
    public var position: UInt64

    public init(session: UInt64, position: UInt64) {
        self.session = session
        self.position = position
    }

    /// `"<session>-<position>"`, as stored and sent.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let session = UInt64(parts[0]), let position = UInt64(parts[1]) else { return nil }
        self.init(session: session, position: position)
    }

    public var description: String { "\(session)-\(position)" }
}

/// What changed since a token, as a watcher knows it.
public enum WatchChanges: Equatable, Sendable {
    /// The watcher cannot say (another session, folders added or removed, events lost, too
    /// many changes to list): check every file.
    case unknown
    /// Exactly these meeting files (relative paths, sorted) may have changed, been added or removed.
    case paths([String])
}

/// A watcher's answer to "what changed since T?": the changes, and the token to store once
/// they have been taken in.
public struct WatchReply: Equatable, Sendable {
    public var token: WatchToken
    public var changes: WatchChanges

    public init(token: WatchToken, changes: WatchChanges) {
        self.token = token
        self.changes = changes
    }
}
