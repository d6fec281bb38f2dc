import Foundation
import GRDB
import PlenaryStore

/// Builds a whole index into a temporary file next to the live one and renames it into
/// place, so a reader never sees a half-built index and a crash leaves the old one intact.
enum IndexBuilder {
    static let batchSize = 256

    @discardableResult
    static func build(store: Store, at url: URL, countries: (any CountryResolving)?, progress: ((IndexProgress) -> Void)?)
        throws(SearchError) -> IndexChanges
    {
        // Paths sort by year folder and date-led ids: rowids then mostly ascend, which is
        // what FTS5 appends fastest.
        let files = store.meetingFiles().sorted { $0.relativePath < $1.relativePath }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent("\(url.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: temporary)
        IndexHousekeeping.removeDeadBuilds(beside: url)
        var changes = IndexChanges(rebuilt: true)
        do {
            var configuration = Configuration()
            configuration.journalMode = .default
            let queue = try DatabaseQueue(path: temporary.path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -131072")
                try IndexSchema.create(db)
            }
            progress?(IndexProgress(phase: .building, done: 0, total: files.count))
            let batches = stride(from: 0, to: files.count, by: batchSize).map { Array(files[$0..<min($0 + batchSize, files.count)]) }
            let root = store.root
            // Decode the next batch while SQLite writes this one.
            let pipeline = DispatchQueue(label: "plenary.index.prepare")
            var pending: DispatchWorkItem?
            let box = PreparedBox()
            func startPreparing(_ index: Int) {
                let batch = batches[index]
                let item = DispatchWorkItem { box.set(index, IndexWriter.prepare(batch, root: root, countries: countries)) }
                pending = item
                pipeline.async(execute: item)
            }
            if !batches.isEmpty { startPreparing(0) }
            var done = 0
            var paragraphs = 0
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let session = try IndexWriter.Session(db, wholeBuild: true)
                    for index in batches.indices {
                        pending?.wait()
                        let prepared = box.take(index)
                        if index + 1 < batches.count { startPreparing(index + 1) }
                        for item in prepared {
                            guard try session.insert(item) else {
                                throw SearchError.index(
                                    path: item.file.relativePath, reason: "too many paragraphs on one day (over \(RowKey.slotsPerDay))")
                            }
                            if item.document == nil { changes.unreadable += 1 } else { changes.added += 1 }
                            paragraphs += item.document?.rows.count ?? 0
                        }
                        done += prepared.count
                        progress?(IndexProgress(phase: .building, done: done, total: files.count))
                    }
                    try session.finish()
                    try CrossMeetingTables.upkeep(db)
                    try IndexSchema.finishBuild(db)
                    try IndexWriter.setMeta(db, "fingerprint", IndexWriter.fingerprint(files))
                    try IndexWriter.setMeta(db, "dead", 0)
                    try IndexWriter.setMeta(db, "live", paragraphs)
                    return .commit
                }
                // One merged segment answers queries fastest.
                try db.execute(sql: "INSERT INTO fts(fts) VALUES ('optimize')")
                try ExactTerms.recordEveryTerm(db)
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try queue.close()
            for suffix in ["-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: url.path + suffix)
            }
            if rename(temporary.path, url.path) != 0 {
                throw SearchError.index(path: url.path, reason: "cannot move the new index into place: \(String(cString: strerror(errno)))")
            }
            IndexHousekeeping.stamp(url)
        } catch let error as SearchError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .index(path: url.path, reason: "cannot build the index: " + IndexFailureText.reason(error))
        }
        return changes
    }

    /// Hands prepared batches from the decoding queue to the writer.
    final class PreparedBox: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [Int: [IndexWriter.Prepared]] = [:]
        func set(_ index: Int, _ value: [IndexWriter.Prepared]) { lock.withLock { batches[index] = value } }
        func take(_ index: Int) -> [IndexWriter.Prepared] { lock.withLock { batches.removeValue(forKey: index) ?? [] } }
    }
}
