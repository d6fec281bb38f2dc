import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PlenaryStore

/// Starts a store's watcher in the background, the way the first search of a store does,
/// and prepares a process to be one. `PLENARY_WATCH=off` turns the watcher off: every search
/// then checks every meeting file itself.
///
/// The watcher is started twice removed, like a daemon's double fork: the caller spawns
/// `plenary watch --detach`, which spawns the watcher itself (`--daemon`, in a new session)
/// and exits at once; the caller reaps that first child, so no zombie stays behind in a
/// browser that runs for hours, and the watcher belongs to init. Both spawns reset the
/// signal mask and every signal's disposition: a browser blocks or catches signals for
/// itself (an inherited mask once left the watcher deaf to SIGTERM, SIGINT and SIGHUP).
enum WatcherLauncher {
    static var enabled: Bool {
        let value = ProcessInfo.processInfo.environment["PLENARY_WATCH"]?.lowercased() ?? ""
        return !["off", "0", "no", "false"].contains(value)
    }

    /// Starts the watcher for `store` without waiting for it. Failing to start costs nothing
    /// but speed, so failures are silent. The short-lived first child is reaped on a
    /// background thread.
    static func start(_ store: Store) {
        #if os(Linux)
        guard let child = spawn(["plenary", "watch", "--detach", "--store", store.root.path], newSession: false) else { return }
        Thread.detachNewThread {
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        }
        #endif
    }

    /// In `plenary watch --detach`: starts the watcher proper and returns its pid.
    static func startDaemon(storePath: String, idleMinutes: Int) -> pid_t? {
        #if os(Linux)
        return spawn(["plenary", "watch", "--daemon", "--idle-minutes", String(idleMinutes), "--store", storePath], newSession: true)
        #else
        return nil
        #endif
    }

    #if os(Linux)
    /// posix_spawn of this executable with standard streams on /dev/null, an empty signal
    /// mask and every signal at its default action.
    static func spawn(_ arguments: [String], newSession: Bool) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)
        if newSession { flags |= 0x80 }  // POSIX_SPAWN_SETSID (glibc 2.26), not exported to Swift
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child = pid_t()
        guard posix_spawn(&child, "/proc/self/exe", &actions, &attributes, &argv, environ) == 0 else { return nil }
        return child
    }
    #endif

    /// Leaves the terminal's session and closes descriptors inherited from the search that
    /// started this process (a test harness's pipes among them, which would otherwise stay
    /// open as long as the watcher runs). SIGTERM keeps its default action: it ends the
    /// watcher (`plenary watch --stop` asks politely, SIGTERM works too).
    static func detach() {
        #if os(Linux)
        _ = setsid()
        var empty = sigset_t()
        sigemptyset(&empty)
        sigprocmask(SIG_SETMASK, &empty, nil)
        signal(SIGTERM, SIG_DFL)
        signal(SIGHUP, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        var inherited: [Int32] = []
        if let folder = opendir("/proc/self/fd") {
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if let fd = Int32(name), fd > 2, fd != dirfd(folder), fcntl(fd, F_GETFD) & FD_CLOEXEC == 0 { inherited.append(fd) }
            }
            closedir(folder)
        }
        for fd in inherited { close(fd) }
        _ = chdir("/")
        #endif
    }
}
