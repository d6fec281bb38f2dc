#if os(Linux)
import Glibc
#endif

/// Asks a store's watcher (see `StoreWatcher`) what changed. Every call answers `nil` when
/// no watcher answers — none running, another system, a watcher stuck for a second — and
/// the caller then checks every file, as it would without one.
public enum WatchClient {
    /// The meeting files changed since `token`, and the token to store once they are taken in.
    public static func sync(_ store: Store, since token: WatchToken?) -> WatchReply? {
        request(.sync(token), store: store).flatMap(WatchProtocol.decodeReply)
    }

    /// The watcher's status line (`pid=… since=… token=… folders=…`), or `nil` when none runs.
    public static func status(_ store: Store) -> String? {
        guard let line = request(.status, store: store), line.hasPrefix("status ") else { return nil }
        return String(line.dropFirst(7).dropLast())
    }

    /// Asks the watcher to exit; `false` when none was running.
    @discardableResult
    public static func stop(_ store: Store) -> Bool {
        request(.stop, store: store) == "stopping\n"
    }

    static func request(_ request: WatchProtocol.Request, store: Store, timeout: Double = 1) -> String? {
        #if os(Linux)
        let fd = UnixSocket.make()
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        UnixSocket.setTimeout(fd, seconds: timeout)
        let connected = UnixSocket.withAddress(directory: store.derivedDirectory.path, name: StoreWatcher.socketName) {
            connect(fd, $0, $1)
        }
        guard connected == 0, UnixSocket.send(fd, WatchProtocol.encode(request)) else { return nil }
        return UnixSocket.receive(fd, line: false, limit: 64 << 20)
        #else
        return nil
        #endif
    }
}
