import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PlenaryStore

/// Starts a store's watcher in the background, the way the first search of a store does,
/// and prepares a process to be one. `PLENARY_WATCH=off` turns the watcher off: every search
/// then checks every meeting file itself.
enum WatcherLauncher {
    static var enabled: Bool {
        let value = ProcessInfo.processInfo.environment["PLENARY_WATCH"]?.lowercased() ?? ""
        return !["off", "0", "no", "false"].contains(value)
    }

    /// Starts `plenary watch --detach` for `store` without waiting for it. Failing to start
    /// costs nothing but speed, so failures are silent.
    static func start(_ store: Store) {
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = ["plenary", "watch", "--detach", "--store", store.root.path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child = pid_t()
        _ = posix_spawn(&child, "/proc/self/exe", &actions, nil, &argv, environ)
        #endif
    }

    /// Leaves the terminal's session and signals behind and closes descriptors inherited
    /// from the search that started this process (a test harness's pipes among them, which
    /// would otherwise stay open as long as the watcher runs).
    static func detach() {
        #if os(Linux)
        _ = setsid()
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
