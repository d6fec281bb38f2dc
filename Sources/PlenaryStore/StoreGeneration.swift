import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A token in `<store>/.plenary/generation` that every writer replaces, holding the store's
/// lock, after it changed the meeting files. A process that keeps what it learnt about the
/// store in memory (which source bytes were already imported) compares the token it last saw
/// with the one on disk once it holds the lock: different (another process wrote meanwhile,
/// or `.plenary/` was deleted) means its memory is stale and must be read again.
///
/// A torn or missing token only ever reads as "changed", which costs a re-read, never a
/// wrong answer; so the file needs no atomic write.
enum StoreGeneration {
    /// The token on disk, or `nil` when there is none.
    static func read(at url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path), !data.isEmpty else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes a fresh token and returns it. Call only while holding the store's lock.
    @discardableResult
    static func advance(at url: URL) -> String {
        let token = "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd >= 0 {
            _ = token.withCString { write(fd, $0, strlen($0)) }
            close(fd)
        }
        return token
    }
}
