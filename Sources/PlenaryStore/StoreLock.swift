import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (flock) on `<store>/.plenary/lock`, so two processes writing
/// the same store take turns instead of interleaving. The lock is released when the
/// descriptor closes, also when the process dies.
public struct StoreLock {
    public static func withExclusiveLock<T>(at url: URL, _ body: () throws -> T) throws -> T {
        try AtomicFile.makeDirectories(url.deletingLastPathComponent())
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError.lockFailed(path: url.path, reason: errnoText()) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw StoreError.lockFailed(path: url.path, reason: errnoText()) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
