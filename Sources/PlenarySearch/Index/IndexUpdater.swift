import Foundation
import GRDB
import PlenaryStore

/// Brings an existing index up to date with the meeting files.
///
/// The FTS table is contentless (the text lives in the JSON files), and SQLite 3.40 cannot
/// delete a contentless row without its original text, which a file edited behind our back
/// no longer has. So a changed or removed meeting's old rows are dropped from `paragraph`
/// and left in `fts` as dead rows that searches skip; when they grow past a tenth of the
/// index, the index is rebuilt.
enum IndexUpdater {
    enum Outcome {
        case updated(IndexChanges)
        case needsRebuild
    }

    /// Which files to compare with the index.
    enum Scope {
        /// Every meeting file; `fingerprint` is `StoreFingerprint.compute(store)` when the
        /// caller has it, and a match means nothing changed.
        case everyFile(fingerprint: String?)
        /// Just these paths (relative to the root), as a store watcher reported them.
        case files([String])
    }

    /// - Parameter token: the watcher token the index is current with afterwards, stored
    ///   with the changes (see `WatchClient`).
    static func update(
        _ queue: DatabaseQueue, store: Store, scope: Scope, token: WatchToken?, countries: (any CountryResolving)?,
        progress: ((IndexProgress) -> Void)?
    ) throws -> Outcome {
        let (current, stored) = try queue.read { db in
            (
                try String.fromDatabaseValue(IndexWriter.meta(db, "fingerprint")),
                try String.fromDatabaseValue(IndexWriter.meta(db, "watch")).flatMap(WatchToken.init)
            )
        }
        let files: [MeetingFile]
        let paths: [String]?
        var fingerprint: String?
        switch scope {
        case .everyFile(let quick):
            if current != nil && current == (quick ?? StoreFingerprint.compute(store)) {
                return try keep(token, stored: stored, queue)
            }
            files = store.meetingFiles()
            fingerprint = IndexWriter.fingerprint(files)
            if current == fingerprint { return try keep(token, stored: stored, queue) }
            paths = nil
        case .files(let listed):
            if listed.isEmpty { return try keep(token, stored: stored, queue) }
            files = listed.compactMap(store.meetingFile(relativePath:))
            paths = listed
        }

        return try queue.writeWithoutTransaction { db -> Outcome in
            var outcome = Outcome.updated(IndexChanges())
            try db.inTransaction(.immediate) {
                var known: [String: Known] = [:]
                if let paths {
                    let statement = try db.makeStatement(sql: "SELECT ref, path, size, modified, count FROM meeting WHERE path = ?")
                    for path in paths {
                        if let row = try Row.fetchOne(statement, arguments: [path]) { known[path] = Known(row) }
                    }
                } else {
                    let rows = try Row.fetchCursor(db, sql: "SELECT ref, path, size, modified, count FROM meeting")
                    while let row = try rows.next() { known[row[1]] = Known(row) }
                }
                var changes = IndexChanges()
                var stale: [Known] = []
                var fresh: [MeetingFile] = []
                var present = Set<String>()
                for file in files {
                    present.insert(file.relativePath)
                    if let entry = known[file.relativePath] {
                        // A file the watcher saw written is read again even if its size and
                        // time look the same: an in-place edit within one clock tick keeps both.
                        if paths != nil || entry.size != file.size || entry.modified != file.modified {
                            stale.append(entry)
                            fresh.append(file)
                            changes.changed += 1
                        }
                    } else {
                        fresh.append(file)
                        changes.added += 1
                    }
                }
                for (path, entry) in known where !present.contains(path) {
                    stale.append(entry)
                    changes.removed += 1
                }

                let staleRows = stale.reduce(0) { $0 + $1.count }
                let dead = (try Int64.fromDatabaseValue(IndexWriter.meta(db, "dead")) ?? 0) + staleRows
                var live =
                    try Int64.fromDatabaseValue(IndexWriter.meta(db, "live"))
                    ?? Int64.fetchOne(db, sql: "SELECT count(*) FROM paragraph") ?? 0
                live -= staleRows
                if dead > max(2000, live / 10) {
                    outcome = .needsRebuild
                    return .rollback
                }
                for entry in stale {
                    try db.execute(sql: "DELETE FROM paragraph WHERE meeting = ?", arguments: [entry.ref])
                    try db.execute(sql: "DELETE FROM meeting WHERE ref = ?", arguments: [entry.ref])
                    try CrossMeetingTables.remove(db, ref: entry.ref)
                }
                let session = try IndexWriter.Session(db)
                let ordered = fresh.sorted { $0.relativePath < $1.relativePath }
                let showProgress = ordered.count >= 200
                if showProgress { progress?(IndexProgress(phase: .updating, done: 0, total: ordered.count)) }
                var done = 0
                for start in stride(from: 0, to: ordered.count, by: IndexBuilder.batchSize) {
                    let batch = Array(ordered[start..<min(start + IndexBuilder.batchSize, ordered.count)])
                    for item in IndexWriter.prepare(batch, root: store.root, countries: countries) {
                        guard try session.insert(item) else {
                            outcome = .needsRebuild
                            return .rollback
                        }
                        if item.document == nil { changes.unreadable += 1 }
                        live += Int64(item.document?.rows.count ?? 0)
                    }
                    done += batch.count
                    if showProgress { progress?(IndexProgress(phase: .updating, done: done, total: ordered.count)) }
                }
                try session.finish()
                try CrossMeetingTables.upkeep(db)
                try IndexWriter.setMeta(db, "dead", dead)
                try IndexWriter.setMeta(db, "live", live)
                let updated = fingerprint ?? adjusted(current, removing: stale, adding: fresh)
                try IndexWriter.setMeta(db, "fingerprint", updated)
                if let token { try IndexWriter.setMeta(db, "watch", token.description) }
                outcome = .updated(changes)
                return .commit
            }
            return outcome
        }
    }

    /// A meeting row as change detection needs it.
    private struct Known {
        var ref: Int64
        var path: String
        var size: Int64
        var modified: Int64
        var count: Int64

        init(_ row: Row) {
            ref = row[0]
            path = row[1]
            size = row[2]
            modified = row[3]
            count = row[4]
        }
    }

    /// Nothing to re-index: only remember the watcher token, if it is new.
    private static func keep(_ token: WatchToken?, stored: WatchToken?, _ queue: DatabaseQueue) throws -> Outcome {
        if let token, token != stored {
            try queue.write { db in try IndexWriter.setMeta(db, "watch", token.description) }
        }
        return .updated(IndexChanges())
    }

    /// The fingerprint after replacing some files' entries: it is a sum of per-file hashes,
    /// so a few files are taken out and put back without listing the others. `nil` in,
    /// `nil`-like out: an empty string never matches, which forces a full check next time.
    private static func adjusted(_ fingerprint: String?, removing stale: [Known], adding fresh: [MeetingFile]) -> String {
        let parts = fingerprint?.split(separator: ":") ?? []
        guard parts.count == 2, var count = Int(parts[0]), var sum = UInt64(parts[1]) else { return "" }
        for entry in stale {
            sum = sum &- IndexWriter.fileHash(entry.path, size: entry.size, modified: entry.modified)
            count -= 1
        }
        for file in fresh {
            sum = sum &+ IndexWriter.fileHash(file.relativePath, size: file.size, modified: file.modified)
            count += 1
        }
        return "\(count):\(sum)"
    }
}
