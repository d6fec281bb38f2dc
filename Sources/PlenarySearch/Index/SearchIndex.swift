import Foundation
import GRDB
import PlenaryModel
import PlenaryStore

/// The search index of one store: `<store>/.plenary/search.sqlite`, SQLite FTS5 through GRDB.
///
/// A cache of the JSON files, never the truth: opening it notices meeting files added,
/// changed or removed since it was last brought up to date (by size and modification time)
/// and re-indexes just those; a missing, unreadable or older-format index is rebuilt.
///
/// Searches may come from any thread, one at a time (the connection is serial); `interrupt()`
/// and `SearchCancellation.cancel()` may come from any thread. Call `refresh` from the thread
/// that searches: a refresh that turns into a rebuild swaps the connection.
public final class SearchIndex: @unchecked Sendable {
    public let store: Store
    public let url: URL
    /// Replaced when an update turns into a rebuild.
    private(set) var db: DatabaseQueue
    let countries: (any CountryResolving)?
    let snippets = SnippetSource()
    let stemmer: Stemmer
    /// What the last `open`/`refresh` did.
    public private(set) var lastChanges = IndexChanges()

    private init(store: Store, url: URL, database: DatabaseQueue, countries: (any CountryResolving)?) throws {
        self.store = store
        self.url = url
        self.db = database
        self.countries = countries
        self.stemmer = try Stemmer()
    }

    /// Opens the index of `store`, building or updating it first when needed.
    /// - Parameters:
    ///   - countries: resolves `country:` names; the names in the records answer when it does not.
    ///   - progress: called during a build or a large update (on the calling thread).
    ///   - refresh: `false` skips the check for changed files, for a caller that runs it
    ///     itself with `refresh(fingerprint:)` while its first search runs.
    public static func open(
        store: Store, countries: (any CountryResolving)? = nil,
        progress: ((IndexProgress) -> Void)? = nil, refresh: Bool = true
    ) throws(SearchError) -> SearchIndex {
        let url = try location(store)
        var built: IndexChanges?
        // Damage done behind our back is found here and rebuilt (IndexHousekeeping).
        let repaired = IndexHousekeeping.discardIfDamaged(url)
        var database = try? openExisting(url)
        if database == nil {
            // A repair is a build the user is told about as such, in the one progress line.
            let reported: ((IndexProgress) -> Void)? =
                repaired
                ? progress.map { report in
                    { p in
                        var p = p; p.phase = .repairing; report(p)
                    }
                } : progress
            built = try IndexBuilder.build(store: store, at: url, countries: countries, progress: reported)
            built?.repaired = repaired
            database = try? openExisting(url)
        }
        guard let database else { throw .index(path: url.path, reason: "cannot open the index just built") }
        let index: SearchIndex
        do { index = try SearchIndex(store: store, url: url, database: database, countries: countries) } catch {
            throw .index(path: url.path, reason: IndexFailureText.reason(error))
        }
        if !refresh {
            if let built { index.lastChanges = built }
            IndexHousekeeping.stamp(url)
            return index
        }
        let changes = try index.refresh(progress: progress)
        if var built {
            // Files that changed while the build ran were picked up by the refresh.
            built.added += changes.added
            built.changed += changes.changed
            built.removed += changes.removed
            index.lastChanges = built
        }
        return index
    }

    /// Throws away the index and builds it again from the meeting files (`plenary reindex`).
    @discardableResult
    public static func rebuild(
        store: Store, countries: (any CountryResolving)? = nil,
        progress: ((IndexProgress) -> Void)? = nil
    ) throws(SearchError) -> IndexChanges {
        return try IndexBuilder.build(store: store, at: location(store), countries: countries, progress: progress)
    }

    /// The index file of `store`, its folder created if needed.
    /// `.plenary/` unless it cannot be written; then the user's cache (IndexHousekeeping).
    static func location(_ store: Store) throws(SearchError) -> URL {
        try IndexHousekeeping.folder(for: store).appendingPathComponent(IndexSchema.fileName)
    }

    /// An existing index of the current schema, or `nil` when it must be rebuilt.
    static func openExisting(_ url: URL) throws -> DatabaseQueue? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in try RankFunction.register(db) }
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        let ok: Bool = try queue.read { db in
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            guard version == IndexSchema.version else { return false }
            // Touches the tables a search needs, so a damaged file is caught here.
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM meta")
            _ = try Int.fetchOne(db, sql: "SELECT rowid FROM fts WHERE fts MATCH 'tags : zz0' LIMIT 1")
            return true
        }
        if !ok { try? queue.close() }
        return ok ? queue : nil
    }

    /// Brings the index up to date with the meeting files; cheap when nothing changed
    /// (one `stat` per file and a fingerprint comparison).
    /// - Parameters:
    ///   - fingerprint: `SearchIndex.fingerprint(of:)` if the caller computed it meanwhile
    ///     (e.g. on another thread while a first search ran).
    ///   - token: the store watcher's token taken before the files were checked, to be
    ///     stored with the result so that the next search asks the watcher only.
    @discardableResult
    public func refresh(
        fingerprint: String? = nil, token: WatchToken? = nil,
        progress: ((IndexProgress) -> Void)? = nil
    ) throws(SearchError) -> IndexChanges {
        try refresh(.everyFile(fingerprint: fingerprint), token: token, progress: progress)
    }

    /// Brings the index up to date with what a store watcher reported: just the files it
    /// lists when it knows them, every file otherwise.
    @discardableResult
    public func refresh(watched reply: WatchReply, progress: ((IndexProgress) -> Void)? = nil) throws(SearchError) -> IndexChanges {
        switch reply.changes {
        case .unknown: return try refresh(.everyFile(fingerprint: nil), token: reply.token, progress: progress)
        case .paths(let paths): return try refresh(.files(paths), token: reply.token, progress: progress)
        }
    }

    /// What the store's watcher saw change since this index was last brought up to date;
    /// `nil` when no watcher answers (see `WatchClient`).
    public func askWatcher() -> WatchReply? {
        WatchClient.sync(store, since: watchToken)
    }

    /// Moves what this process wrote out of the write-ahead log into the index file, then
    /// stamps the file. Left to SQLite, that move happens when the last connection closes —
    /// after the stamp — and the next command took the index's own change for damage, paying
    /// a whole integrity check (8 s at a million paragraphs). PASSIVE never waits: when a
    /// reader elsewhere (a browser) holds part of the log back, the file is left unstamped
    /// and the next opening checks it once, as for any change it cannot vouch for.
    func settleAndStamp() {
        let settled =
            (try? db.writeWithoutTransaction { db -> Bool in
                guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)") else { return true }
                let (busy, log, moved): (Int, Int, Int) = (row[0], row[1], row[2])
                return busy == 0 && log == moved
            }) ?? false
        if settled { IndexHousekeeping.stamp(url) }
    }

    /// The watcher token the index is current with (see `WatchClient`), if any.
    public var watchToken: WatchToken? {
        (try? db.read { db in try String.fromDatabaseValue(IndexWriter.meta(db, "watch")) })?.flatMap(WatchToken.init)
    }

    private func refresh(_ scope: IndexUpdater.Scope, token: WatchToken?, progress: ((IndexProgress) -> Void)?) throws(SearchError)
        -> IndexChanges
    {
        do {
            switch try IndexUpdater.update(db, store: store, scope: scope, token: token, countries: countries, progress: progress) {
            case .updated(let changes):
                lastChanges = changes
                settleAndStamp()
                return changes
            case .needsRebuild:
                try db.close()
                let changes = try IndexBuilder.build(store: store, at: url, countries: countries, progress: progress)
                guard let reopened = try SearchIndex.openExisting(url) else {
                    throw SearchError.index(path: url.path, reason: "cannot open the index just built")
                }
                db = reopened
                lastChanges = changes
                IndexHousekeeping.stamp(url)
                return changes
            }
        } catch let error as SearchError {
            throw error
        } catch {
            throw .index(path: url.path, reason: IndexFailureText.reason(error))
        }
    }

    /// Digest of the store's meeting files (paths, sizes, times): one `stat` per file, no reading.
    public static func fingerprint(of store: Store) -> String { StoreFingerprint.compute(store) }

    /// Stops the statement running on this index, if any (any thread).
    public func interrupt() { db.interrupt() }

    /// The resolver `country:` and `by:` use: a code the index knows as it is, then the
    /// injected resolver, then names written in the records, then the value itself when the
    /// injected resolver knows it as an ISO3 code.
    func resolveCountry(_ name: String) -> [String] {
        let letters = name.trimmingSpaces
        if letters.count == 3, letters.allSatisfy({ $0.isASCII && $0.isLetter }),
            (try? db.read({ db in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM country_name WHERE code = ? LIMIT 1", arguments: [letters.uppercased()])
            })) != nil
        {
            return [letters.uppercased()]
        }
        if let codes = countries?.countryCodes(for: name), !codes.isEmpty { return codes }
        let key = CountryAliases.normalize(name)
        let known =
            (try? db.read { db -> [String] in
                let exact = try String.fetchAll(db, sql: "SELECT DISTINCT code FROM country_name WHERE name = ?", arguments: [key])
                if !exact.isEmpty || key.isEmpty { return exact }
                // "Azerbaijan" for "Republic of Azerbaijan", when only one country is written so.
                let tail = try String.fetchAll(
                    db, sql: "SELECT DISTINCT code FROM country_name WHERE name LIKE ? ESCAPE '\\'",
                    arguments: ["% " + key.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")])
                return tail.count == 1 ? tail : []
            }) ?? []
        if !known.isEmpty { return known.sorted() }
        // Three letters are a code only when some record or the gazetteer knows it: country:XYZ is an error.
        if letters.count == 3, letters.allSatisfy({ $0.isASCII && $0.isLetter }), countries?.knowsCode(letters.uppercased()) == true {
            return [letters.uppercased()]
        }
        return []
    }
}
