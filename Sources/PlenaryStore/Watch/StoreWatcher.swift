#if os(Linux)
import Foundation
import Glibc

/// Watches one store's meeting folders with inotify and answers "what changed since T?" on
/// `.plenary/watch.sock`, so that a search need not `stat` every meeting file: 34,000 stats
/// cost 30–40 ms, asking costs a fraction of one. `plenary watch` runs it; the first search
/// of a store starts one in the background. It exits after an idle spell, when the store or
/// its `.plenary/` folder is removed, or when asked to stop. Git's fsmonitor daemon and
/// watchman answer the same question the same way.
///
/// Correctness rests on one kernel guarantee: the inotify event of a write, rename or unlink
/// is queued before that call returns. The watcher drains its queue before every answer, so
/// a change made by a program that has finished is always in the answer.
public final class StoreWatcher {
    public enum Exit: Equatable, Sendable {
        case idle, stopped, storeGone, alreadyRunning
    }

    static let socketName = "watch.sock"
    static let lockName = "watch.lock"

    /// What a watch descriptor stands for.
    private enum Role {
        case root, derived, meetings
        case year(String)
    }

    private let store: Store
    private let idleSeconds: Int
    private var journal: ChangeJournal
    private var events: Int32 = -1
    private var listener: Int32 = -1
    private var lock: Int32 = -1
    private var roles: [Int32: Role] = [:]
    private let started = Date()

    private init(store: Store, idleSeconds: Int) {
        self.store = store
        self.idleSeconds = idleSeconds
        var seed = SystemRandomNumberGenerator()
        journal = ChangeJournal(session: seed.next() >> 1)
    }

    deinit {
        for fd in [events, listener, lock] where fd >= 0 { close(fd) }
    }

    /// Watches `store` until idle for `idleSeconds`, stopped, or the store goes away.
    /// - Parameter ready: called once the socket answers.
    public static func run(store: Store, idleSeconds: Int = 1800, ready: () -> Void = {}) throws(WatchError) -> Exit {
        let watcher = StoreWatcher(store: store, idleSeconds: idleSeconds)
        guard try watcher.acquire() else { return .alreadyRunning }
        try watcher.start()
        ready()
        let exit = try watcher.serve()
        if exit != .storeGone { unlink(watcher.socketPath) }
        return exit
    }

    private var derivedPath: String { store.derivedDirectory.path }
    private var socketPath: String { derivedPath + "/" + Self.socketName }

    /// Takes the store's watcher lock; `false` when another watcher holds it.
    private func acquire() throws(WatchError) -> Bool {
        try Self.checkFileSystem(store.root.path)
        do { try FileManager.default.createDirectory(at: store.derivedDirectory, withIntermediateDirectories: true) } catch {
            throw .system(call: "mkdir", path: derivedPath, reason: "\(error.localizedDescription)")
        }
        lock = open(derivedPath + "/" + Self.lockName, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw Self.failure("open", derivedPath + "/" + Self.lockName) }
        if flock(lock, LOCK_EX | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK { return false }
            throw Self.failure("flock", derivedPath + "/" + Self.lockName)
        }
        return true
    }

    /// Watches first, then listens: every answer covers changes from before the first client.
    private func start() throws(WatchError) {
        events = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard events >= 0 else { throw Self.failure("inotify_init1", store.root.path) }
        let root = inotify_add_watch(
            events, store.root.path,
            UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR))
        guard root >= 0 else { throw Self.failure("inotify_add_watch", store.root.path) }
        roles[root] = .root
        watchMeetings()

        // The lock is ours, so a socket file left here belongs to a watcher that died.
        unlink(socketPath)
        listener = UnixSocket.make()
        guard listener >= 0 else { throw Self.failure("socket", socketPath) }
        let bound = UnixSocket.withAddress(directory: derivedPath, name: Self.socketName) { bind(listener, $0, $1) }
        guard bound == 0 else { throw Self.failure("bind", socketPath) }
        guard listen(listener, 64) == 0 else { throw Self.failure("listen", socketPath) }
        // Added after the socket, so that removing a stale socket above is not taken for
        // someone removing ours.
        let derived = inotify_add_watch(events, derivedPath, UInt32(IN_DELETE | IN_MOVED_FROM | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR))
        if derived >= 0 { roles[derived] = .derived }
    }

    /// Clients served at once; one more waits in the listen queue until a slot frees.
    static let maximumClients = 32
    /// How long a client may take to send its one-line request.
    static let clientSeconds = 0.5

    /// One connected client: what it sent so far and when it must have sent its line.
    private struct Client {
        var fd: Int32
        var received: [UInt8] = []
        var deadline: Double
    }

    /// Serves inotify events and clients from one poll loop. Clients are read without
    /// blocking and each has `clientSeconds` to send its request, so idle connections (30
    /// of them used to stall the watcher for 30 s) cost nothing but a slot.
    private func serve() throws(WatchError) -> Exit {
        var deadline = Self.now() + Double(idleSeconds)
        var clients: [Client] = []
        defer { for client in clients { close(client.fd) } }
        while true {
            let accepting = clients.count < Self.maximumClients
            var fds = [
                pollfd(fd: events, events: Int16(POLLIN), revents: 0),
                pollfd(fd: accepting ? listener : -1, events: Int16(POLLIN), revents: 0),
            ]
            fds += clients.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let until = clients.map(\.deadline).min().map { min($0, deadline) } ?? deadline
            let wait = Int32(min(max(0, (until - Self.now()) * 1000), 3_600_000))
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                throw Self.failure("poll", store.root.path)
            }
            let now = Self.now()
            if ready == 0 && clients.isEmpty && now >= deadline { return .idle }
            if fds[0].revents != 0, let exit = drain() { return exit }
            if fds[1].revents != 0 {
                let fd = accept(listener, nil, nil)
                if fd >= 0 {
                    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                    deadline = now + Double(idleSeconds)
                    clients.append(Client(fd: fd, deadline: now + Self.clientSeconds))
                }
            }
            var finished: Set<Int32> = []
            for (i, pollEntry) in fds.enumerated().dropFirst(2) where pollEntry.revents != 0 {
                let index = i - 2
                switch receive(from: &clients[index]) {
                case .waiting: continue
                case .closed: finished.insert(clients[index].fd)
                case .line(let line):
                    finished.insert(clients[index].fd)
                    if let exit = answer(clients[index].fd, line) {
                        return exit
                    }
                }
            }
            for client in clients where client.deadline <= now && !finished.contains(client.fd) {
                // Too slow or idle: its slot goes to the next client.
                finished.insert(client.fd)
            }
            if !finished.isEmpty {
                for fd in finished { close(fd) }
                clients.removeAll { finished.contains($0.fd) }
            }
        }
    }

    private enum ReadState { case waiting, closed, line(String) }

    /// Reads what a client has sent without blocking.
    private func receive(from client: inout Client) -> ReadState {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(client.fd, $0.baseAddress!, $0.count, Int32(MSG_DONTWAIT)) }
            if count < 0 {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK ? .waiting : .closed
            }
            if count == 0 { return .closed }
            client.received.append(contentsOf: buffer[0..<count])
            if let end = client.received.firstIndex(of: 0x0A) {
                return .line(String(decoding: client.received[..<end], as: UTF8.self))
            }
            if client.received.count > 4096 {
                _ = UnixSocket.send(client.fd, "error\n")
                return .closed
            }
        }
    }

    private func answer(_ client: Int32, _ line: String) -> Exit? {
        // The reply is small; a client that does not read it holds the watcher a second at most.
        let flags = fcntl(client, F_GETFL)
        _ = fcntl(client, F_SETFL, flags & ~O_NONBLOCK)
        UnixSocket.setTimeout(client, seconds: 1)
        guard let request = WatchProtocol.decodeRequest(line) else {
            _ = UnixSocket.send(client, "error\n")
            return nil
        }
        if let exit = drain() { return exit }
        switch request {
        case .sync(let token):
            _ = UnixSocket.send(client, WatchProtocol.encode(journal.reply(since: token)))
        case .status:
            let folders = roles.values.filter { if case .year = $0 { return true } else { return false } }.count
            _ = UnixSocket.send(
                client, "status pid=\(getpid()) since=\(Int(started.timeIntervalSince1970)) token=\(journal.token) folders=\(folders)\n")
        case .stop:
            _ = UnixSocket.send(client, "stopping\n")
            return .stopped
        }
        return nil
    }

    /// Reads every queued event into the journal.
    private func drain() -> Exit? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(events, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return nil }
            var offset = 0
            while offset + 16 <= count {
                let (descriptor, mask, length) = buffer.withUnsafeBytes { raw in
                    (
                        raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    )
                }
                var name: String?
                if length > 0 {
                    let bytes = buffer[(offset + 16)..<(offset + 16 + length)]
                    name = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                if let exit = handle(descriptor, mask, name) { return exit }
                offset += 16 + length
            }
        }
    }

    private func handle(_ descriptor: Int32, _ mask: UInt32, _ name: String?) -> Exit? {
        func has(_ flag: Int32) -> Bool { mask & UInt32(flag) != 0 }
        if has(IN_Q_OVERFLOW) {
            journal.reset()
            return nil
        }
        guard let role = roles[descriptor] else { return nil }
        if has(IN_IGNORED) { roles[descriptor] = nil }
        switch role {
        case .root:
            if has(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) { return .storeGone }
            if name == ".plenary" && has(IN_DELETE | IN_MOVED_FROM) { return .storeGone }
            if name == "meetings" { watchMeetings() }
        case .derived:
            if has(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) { return .storeGone }
            // Clients can no longer reach this watcher: step aside for the next one.
            if name == Self.socketName { return .storeGone }
        case .meetings:
            if has(IN_DELETE_SELF | IN_MOVE_SELF) || (name != nil && has(IN_ISDIR)) { watchMeetings() }
        case .year(let year):
            if has(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) {
                journal.reset()
                return nil
            }
            guard let name, !has(IN_ISDIR), !name.hasPrefix("."), name.hasSuffix(".json") else { return nil }
            if name.contains("\n") { journal.reset() } else { journal.touch("meetings/\(year)/\(name)") }
        }
        return nil
    }

    /// (Re)watches `meetings/` and its year folders, after which only a full check is sure.
    private func watchMeetings() {
        for (descriptor, role) in roles {
            switch role {
            case .meetings, .year:
                inotify_rm_watch(events, descriptor)
                roles[descriptor] = nil
            case .root, .derived:
                break
            }
        }
        journal.reset()
        let base = store.meetingsDirectory.path
        let meetings = inotify_add_watch(
            events, base, UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR))
        guard meetings >= 0 else { return }
        roles[meetings] = .meetings
        let fileEvents =
            IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF
        for entry in DirectoryScan.entries(of: base) where entry.isDirectory && !entry.name.hasPrefix(".") {
            let year = inotify_add_watch(events, base + "/" + entry.name, UInt32(fileEvents | IN_ONLYDIR) | UInt32(IN_EXCL_UNLINK))
            if year >= 0 { roles[year] = .year(entry.name) }
        }
    }

    /// File systems whose changes may come from other machines, which inotify never hears of.
    static let remoteFileSystems: Set<String> = [
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "lustre", "glusterfs", "gpfs",
    ]

    /// Refuses a store on a remote file system (the type of the deepest mount holding it).
    static func checkFileSystem(_ path: String) throws(WatchError) {
        guard let real = realpath(path, nil) else { throw failure("realpath", path) }
        let resolved = String(cString: real)
        free(real)
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return }
        var best = (point: "", kind: "")
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = fields[1].replacingOccurrences(of: "\\040", with: " ")
            let inside = point == "/" || resolved == point || resolved.hasPrefix(point + "/")
            if inside && point.count >= best.point.count { best = (point, String(fields[2])) }
        }
        let kind = best.kind.hasPrefix("fuse") ? "fuse" : best.kind
        if remoteFileSystems.contains(kind) || kind == "fuse" {
            throw .unsupportedFileSystem(path: path, kind: best.kind)
        }
    }

    static func failure(_ call: String, _ path: String) -> WatchError {
        .system(call: call, path: path, reason: String(cString: strerror(errno)))
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
#endif
