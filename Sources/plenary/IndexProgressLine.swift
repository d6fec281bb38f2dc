import Foundation
import PlenarySearch
import PlenaryStore

/// Opens the search index, telling the user on stderr when it has to be built or updated
/// at length: a line rewritten in place on a terminal, one line at start and end otherwise.
enum IndexProgressLine {
    static func open(_ store: Store, refresh: Bool = true) throws -> SearchIndex {
        let reporter = Reporter()
        do {
            let index = try SearchIndex.open(store: store, countries: GazetteerCountries(),
                                              progress: reporter.report, refresh: refresh)
            reporter.finish()
            if index.lastChanges.unreadable > 0 && index.lastChanges.rebuilt {
                Console.error("\(index.lastChanges.unreadable) meeting files could not be read and are not searchable (run plenary check)")
            }
            return index
        } catch {
            reporter.finish()
            throw CommandFailure.failed(error.description)
        }
    }

    /// Brings an index opened with `refresh: false` up to date with files listed meanwhile.
    static func refresh(_ index: SearchIndex, fingerprint: String, token: WatchToken?) throws -> IndexChanges {
        let reporter = Reporter()
        defer { reporter.finish() }
        do { return try index.refresh(fingerprint: fingerprint, token: token, progress: reporter.report) } catch {
            throw CommandFailure.failed(error.description)
        }
    }

    /// Brings an index up to date with the changes a store watcher reported.
    @discardableResult
    static func refresh(_ index: SearchIndex, watched reply: WatchReply) throws -> IndexChanges {
        let reporter = Reporter()
        defer { reporter.finish() }
        do { return try index.refresh(watched: reply, progress: reporter.report) } catch {
            throw CommandFailure.failed(error.description)
        }
    }

    static func rebuild(_ store: Store) throws -> IndexChanges {
        let reporter = Reporter()
        do {
            let changes = try SearchIndex.rebuild(store: store, progress: reporter.report)
            reporter.finish()
            return changes
        } catch {
            reporter.finish()
            throw CommandFailure.failed(error.description)
        }
    }

    final class Reporter {
        let terminal = isatty(2) == 1
        var started = false
        var last: IndexProgress?

        func report(_ progress: IndexProgress) {
            let verb = progress.phase == .building ? "building the search index" : "updating the search index"
            if terminal {
                let line = "plenary: \(verb): \(progress.done)/\(progress.total) meeting files"
                FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
            } else if !started {
                Console.error("\(verb) (\(progress.total) meeting files)…")
            }
            started = true
            last = progress
        }

        func finish() {
            guard started else { return }
            if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
            else if let last { Console.error("search index ready (\(last.done) meeting files)") }
            started = false
        }
    }
}
