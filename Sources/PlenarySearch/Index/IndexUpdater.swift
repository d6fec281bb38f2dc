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

    /// - Parameter fingerprint: `StoreFingerprint.compute(store)`, when the caller has it.
    static func update(_ queue: DatabaseQueue, store: Store, fingerprint quick: String?, progress: ((IndexProgress) -> Void)?) throws -> Outcome {
        let current = try queue.read { db in try String.fromDatabaseValue(IndexWriter.meta(db, "fingerprint")) }
        if current == (quick ?? StoreFingerprint.compute(store)) { return .updated(IndexChanges()) }
        let files = store.meetingFiles()
        let fingerprint = IndexWriter.fingerprint(files)
        if current == fingerprint { return .updated(IndexChanges()) }

        return try queue.writeWithoutTransaction { db -> Outcome in
            var outcome = Outcome.updated(IndexChanges())
            try db.inTransaction(.immediate) {
                struct Known { var ref: Int64; var size: Int64; var modified: Int64; var count: Int64 }
                var known: [String: Known] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT ref, path, size, modified, count FROM meeting")
                while let row = try rows.next() {
                    known[row[1]] = Known(ref: row[0], size: row[2], modified: row[3], count: row[4])
                }
                var changes = IndexChanges()
                var stale: [Known] = []
                var fresh: [MeetingFile] = []
                var present = Set<String>()
                for file in files {
                    present.insert(file.relativePath)
                    if let entry = known[file.relativePath] {
                        if entry.size != file.size || entry.modified != file.modified {
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
                var live = try Int64.fromDatabaseValue(IndexWriter.meta(db, "live"))
                    ?? Int64.fetchOne(db, sql: "SELECT count(*) FROM paragraph") ?? 0
                live -= staleRows
                if dead > max(2000, live / 10) {
                    outcome = .needsRebuild
                    return .rollback
                }
                for entry in stale {
                    try db.execute(sql: "DELETE FROM paragraph WHERE meeting = ?", arguments: [entry.ref])
                    try db.execute(sql: "DELETE FROM meeting WHERE ref = ?", arguments: [entry.ref])
                }
                let session = try IndexWriter.Session(db)
                let ordered = fresh.sorted { $0.relativePath < $1.relativePath }
                let showProgress = ordered.count >= 200
                if showProgress { progress?(IndexProgress(phase: .updating, done: 0, total: ordered.count)) }
                var done = 0
                for start in stride(from: 0, to: ordered.count, by: IndexBuilder.batchSize) {
                    let batch = Array(ordered[start..<min(start + IndexBuilder.batchSize, ordered.count)])
                    for item in IndexWriter.prepare(batch, root: store.root) {
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
                try session.saveSlots()
                try IndexWriter.setMeta(db, "dead", dead)
                try IndexWriter.setMeta(db, "live", live)
                try IndexWriter.setMeta(db, "fingerprint", fingerprint)
                outcome = .updated(changes)
                return .commit
            }
            return outcome
        }
    }
}
