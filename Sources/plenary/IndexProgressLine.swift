import Foundation
import PlenaryModel
import PlenarySearch
import PlenaryStore

/// Opens the search index, telling the user on stderr when it has to be built or updated
/// at length: a line rewritten in place on a terminal, one line at start and end otherwise.
enum IndexProgressLine {
    static func open(_ store: Store, refresh: Bool = true) throws -> SearchIndex {
        var saidSo = false
        let index = try reporting(shown: { saidSo = $0 }) { progress in
            try SearchIndex.open(store: store, countries: GazetteerCountries(), progress: progress, refresh: refresh)
        }
        // The progress line of the rebuild said it already ("rebuilding the damaged search index").
        if index.lastChanges.repaired, !saidSo {
            Console.error("the search index was damaged (changed outside plenary) and has been rebuilt")
        }
        if index.lastChanges.unreadable > 0 && index.lastChanges.rebuilt {
            Console.error("\(index.lastChanges.unreadable) meeting files could not be read and are not searchable (run plenary check)")
        }
        return index
    }

    /// Brings an index opened with `refresh: false` up to date with files listed meanwhile.
    static func refresh(_ index: SearchIndex, fingerprint: String, token: WatchToken?) throws -> IndexChanges {
        try reporting { progress in try index.refresh(fingerprint: fingerprint, token: token, progress: progress) }
    }

    /// Brings an index up to date with the changes a store watcher reported.
    @discardableResult
    static func refresh(_ index: SearchIndex, watched reply: WatchReply) throws -> IndexChanges {
        try reporting { progress in try index.refresh(watched: reply, progress: progress) }
    }

    static func rebuild(_ store: Store) throws -> IndexChanges {
        try reporting { progress in try SearchIndex.rebuild(store: store, countries: GazetteerCountries(), progress: progress) }
    }

    /// Runs `body` with the progress line, ended however `body` ends; an index error
    /// becomes the command's one-line failure.
    private static func reporting<T>(shown: (Bool) -> Void = { _ in }, _ body: (@escaping (IndexProgress) -> Void) throws -> T) throws -> T
    {
        let reporter = Reporter()
        defer {
            shown(reporter.started)
            reporter.finish()
        }
        do { return try body(reporter.report) } catch { throw CommandFailure.failed("\(error)") }
    }

    final class Reporter {
        let terminal = isatty(2) == 1
        var started = false
        var last: IndexProgress?

        func report(_ progress: IndexProgress) {
            // An empty store is indexed at once: nothing to tell.
            guard progress.total > 0 else { return }
            let verb =
                switch progress.phase {
                case .building: "building the search index"
                case .updating: "updating the search index"
                case .repairing: "rebuilding the search index, which was damaged (changed outside plenary)"
                }
            if terminal {
                let line = "plenary: \(verb): \(progress.done)/\(progress.total) meeting files"
                FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
            } else if !started {
                Console.error("\(verb) (\(Plural.count(progress.total, "meeting file")))…")
            }
            started = true
            last = progress
        }

        func finish() {
            guard started else { return }
            // Off a terminal the line said at the start is the only one.
            if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
            started = false
        }
    }
}
