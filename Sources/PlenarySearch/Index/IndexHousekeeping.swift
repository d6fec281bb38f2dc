import Foundation
import GRDB
import PlenaryStore
#if canImport(Glibc)
import Glibc
#endif

/// What keeps the derived index sound when its folder is shared with killed processes,
/// other programs and read-only mounts:
///
/// - `search.sqlite.building-<pid>` files whose builder no longer runs are removed before
///   a build (a `kill -9` of `reindex` used to leave them forever);
/// - the index file's size and time are stamped after every change this program makes;
///   an index found different from its stamp (changed behind our back: a copy, a disk
///   error, random bytes) is checked with `PRAGMA quick_check` and FTS5's integrity check,
///   and a damaged one is rebuilt with a notice instead of answering wrong counts;
/// - a store whose `.plenary/` cannot be written keeps its index in
///   `$XDG_CACHE_HOME/plenary/<store-hash>/` (`~/.cache/…`).
enum IndexHousekeeping {
    static let stampSuffix = ".stamp"

    // MARK: Where

    /// The folder of the index: `.plenary/` when it can be written, else the user's cache.
    static func folder(for store: Store) throws(SearchError) -> URL {
        let derived = store.derivedDirectory
        if (try? FileManager.default.createDirectory(at: derived, withIntermediateDirectories: true)) != nil,
            access(derived.path, W_OK) == 0
        {
            return derived
        }
        let environment = ProcessInfo.processInfo.environment
        let cacheHome =
            environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".cache")
        let fallback = URL(fileURLWithPath: cacheHome).appendingPathComponent("plenary").appendingPathComponent(storeHash(store))
        do {
            try FileManager.default.createDirectory(at: fallback, withIntermediateDirectories: true)
        } catch {
            throw .index(path: derived.path, reason: "cannot write the search index here or in \(fallback.path) (read-only)")
        }
        return fallback
    }

    /// A short name for the store, from its real path.
    static func storeHash(_ store: Store) -> String {
        let path = store.root.resolvingSymlinksInPath().path
        return String(SHA256.hex(Data(path.utf8)).prefix(16))
    }

    // MARK: Leftovers

    /// Removes `<index>.building-<pid>` files (and their journals) whose process is gone.
    static func removeDeadBuilds(beside url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = url.lastPathComponent + ".building-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let pid = Int32(rest.prefix { $0.isNumber }), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    // MARK: Damage

    /// Size and modification time of the index file, as stamped.
    static func signature(_ url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    }

    /// Records the index file as this program left it.
    static func stamp(_ url: URL) {
        guard let signature = signature(url), !isAsStamped(url) else { return }
        try? Data(signature.utf8).write(to: URL(fileURLWithPath: url.path + stampSuffix))
    }

    /// `true` when the index is as this program last left it.
    static func isAsStamped(_ url: URL) -> Bool {
        guard let signature = signature(url),
            let stamped = FileManager.default.contents(atPath: url.path + stampSuffix)
        else { return false }
        return String(decoding: stamped, as: UTF8.self) == signature
    }

    /// For an index changed outside this program: `true` when SQLite's quick check and
    /// FTS5's integrity check pass. Cost grows with the index; paid only after such a change.
    static func isSound(_ url: URL) -> Bool {
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db -> Bool in
                let rows = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard rows == ["ok"] else { return false }
                guard try Int.fetchOne(db, sql: "PRAGMA user_version") == IndexSchema.version else { return true }  // rebuilt anyway
                for table in ["meta", "meeting", "paragraph", "day_slot"] {
                    _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")
                }
                return true
            } && ftsIntegrity(url)
        } catch {
            return false
        }
    }

    /// FTS5's own check of its segments (a b-tree can be sound while the postings in it are not).
    static func ftsIntegrity(_ url: URL) -> Bool {
        do {
            let queue = try DatabaseQueue(path: url.path)
            defer { try? queue.close() }
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES ('integrity-check', 0)")
            }
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_BUSY {
            return true
        } catch {
            return false
        }
    }

    /// Before opening: an index changed behind this program's back that fails the checks is
    /// removed (to be rebuilt); `true` when that happened.
    static func discardIfDamaged(_ url: URL) -> Bool {
        guard FileManager.default.fileExists(atPath: url.path), !isAsStamped(url) else { return false }
        if isSound(url) {
            stamp(url)
            return false
        }
        for suffix in ["", "-wal", "-shm", stampSuffix] { unlink(url.path + suffix) }
        return true
    }
}
