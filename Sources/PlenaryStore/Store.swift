import Foundation
import PlenaryModel

/// A folder of meeting records (DESIGN.md §3):
///
///     <store>/plenary-store.json         manifest with the format version
///     <store>/meetings/<yyyy>/<id>.json  one meeting each
///     <store>/sources/<yyyy>/<id>.<ext>  the imported documents, byte for byte
///     <store>/catalog/                   optional catalogues
///     <store>/.plenary/                  derived and rebuildable: summaries, search index, lock
///
/// The JSON files are the truth; everything under `.plenary/` can be deleted at any time.
public final class Store: @unchecked Sendable {
    public let root: URL

    /// Source digests → meeting ids, filled on first import; guarded by `mutex`. Valid while
    /// `.plenary/generation` still holds `knownGeneration` (see `StoreGeneration`).
    private var knownSources: [String: [String]]?
    private var knownGeneration: String?
    private var leftoversRemoved = false
    private let mutex = NSLock()

    private init(root: URL) {
        self.root = root.standardizedFileURL
    }

    // MARK: Opening and creating

    public static func open(_ root: URL) throws(StoreError) -> Store {
        let manifestURL = root.appendingPathComponent(StoreManifest.fileName)
        guard FileManager.default.fileExists(atPath: manifestURL.path) else { throw .notAStore(path: root.path) }
        let manifest: StoreManifest
        do {
            let data = try Data(contentsOf: manifestURL)
            manifest = try JSONDecoder().decode(StoreManifest.self, from: data)
        } catch {
            throw .unreadableManifest(path: manifestURL.path, reason: "not a valid manifest (\(error.localizedDescription))")
        }
        guard let version = manifest.version else {
            throw .unreadableManifest(path: manifestURL.path, reason: "unknown format \"\(manifest.format)\"")
        }
        if version > StoreManifest.currentVersion { throw .newerFormat(path: root.path, found: manifest.format) }
        return Store(root: root)
    }

    public static func create(_ root: URL) throws(StoreError) -> Store {
        let manifestURL = root.appendingPathComponent(StoreManifest.fileName)
        if FileManager.default.fileExists(atPath: manifestURL.path) { throw .alreadyAStore(path: root.path) }
        for folder in ["meetings", "sources", "catalog"] {
            try AtomicFile.makeDirectories(root.appendingPathComponent(folder))
        }
        let manifest = StoreManifest(created: Store.timestamp())
        do {
            try AtomicFile.write(RecordCoding.encode(manifest), to: manifestURL)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .io(path: manifestURL.path, reason: "\(error)")
        }
        // A store is often kept in git: its derived folder should never be committed.
        try AtomicFile.write(Data(".plenary/\n".utf8), to: root.appendingPathComponent(".gitignore"))
        return Store(root: root)
    }

    /// `true` when `url` holds a store manifest.
    public static func exists(at url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(StoreManifest.fileName).path)
    }

    // MARK: Layout

    public var meetingsDirectory: URL { root.appendingPathComponent("meetings") }
    public var sourcesDirectory: URL { root.appendingPathComponent("sources") }
    public var catalogDirectory: URL { root.appendingPathComponent("catalog") }
    /// Derived, rebuildable data; created on demand.
    public var derivedDirectory: URL { root.appendingPathComponent(".plenary") }
    var summaryCacheURL: URL { derivedDirectory.appendingPathComponent("summaries.tsv") }
    var lockURL: URL { derivedDirectory.appendingPathComponent("lock") }
    var generationURL: URL { derivedDirectory.appendingPathComponent("generation") }

    /// Where a meeting with this id and date is written. Rejects ids that could escape the store.
    public func meetingURL(id: String, date: String) throws(StoreError) -> URL {
        guard MeetingID.isValid(id) else { throw .invalidID(id) }
        return meetingsDirectory.appendingPathComponent(Store.yearFolder(date)).appendingPathComponent("\(id).json")
    }

    /// The file of an existing meeting, found by id in any year folder.
    public func locate(id: String) throws(StoreError) -> URL {
        guard MeetingID.isValid(id) else { throw .invalidID(id) }
        for entry in DirectoryScan.entries(of: meetingsDirectory.path) where entry.isDirectory {
            let url = meetingsDirectory.appendingPathComponent(entry.name).appendingPathComponent("\(id).json")
            if DirectoryScan.sizeAndModified(url.path) != nil { return url }
        }
        throw .meetingNotFound(id: id)
    }

    // MARK: Reading

    /// One meeting, decoded and validated.
    public func meeting(id: String) throws(StoreError) -> Meeting {
        let url = try locate(id: id)
        return try Store.readMeeting(at: url, relativePath: relativePath(of: url))
    }

    /// Every meeting file on disk with its size and modification time, without reading them.
    public func meetingFiles() -> [MeetingFile] {
        let base = meetingsDirectory.path
        let years = DirectoryScan.entries(of: base).filter { $0.isDirectory && !$0.name.hasPrefix(".") }.map(\.name).sorted()
        // A stat costs the kernel about 2 µs: spread the year folders over the cores.
        let perYear = Parallel.map(years, threshold: 1) { year -> [MeetingFile] in
            let prefix = "meetings/\(year)/"
            return DirectoryScan.files(in: base + "/" + year).compactMap { file in
                guard file.name.hasSuffix(".json") else { return nil }
                return MeetingFile(
                    id: String(file.name.dropLast(5)), relativePath: prefix + file.name,
                    size: file.size, modified: file.modified)
            }
        }
        return perYear.flatMap { $0 }
    }

    /// One meeting file as `meetingFiles()` would list it, by its path relative to the root
    /// (`meetings/<year>/<name>.json`); `nil` when it is gone or is not such a file.
    public func meetingFile(relativePath: String) -> MeetingFile? {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "meetings", !parts[1].isEmpty, !parts[1].hasPrefix("."),
            parts[2].hasSuffix(".json"), !parts[2].hasPrefix("."), parts[2].count > 5,
            let (size, modified) = DirectoryScan.sizeAndModified(root.path + "/" + relativePath)
        else { return nil }
        return MeetingFile(id: String(parts[2].dropLast(5)), relativePath: relativePath, size: size, modified: modified)
    }

    /// Summaries of every meeting, newest first, from the cache under `.plenary/`; files that
    /// are new or changed since the cache was written are read again, removed ones dropped.
    public func summaries() -> StoreListing {
        // Stat the files on another core while this one parses the cache.
        let scan = BackgroundValue { self.meetingFiles() }
        var cache = SummaryCache.load(from: summaryCacheURL)
        let files = scan.value

        var stale: [MeetingFile] = []
        var unchanged = 0
        for file in files {
            if cache.entries[file.relativePath]?.file == file { unchanged += 1 } else { stale.append(file) }
        }
        let staleKnown = stale.filter { cache.entries[$0.relativePath] != nil }.count
        var removed: [String] = []
        if cache.entries.count > unchanged + staleKnown {
            let current = Set(files.map(\.relativePath))
            removed = cache.entries.keys.filter { !current.contains($0) }
            for key in removed { cache.entries[key] = nil }
        }
        if !stale.isEmpty {
            for entry in readEntries(stale) {
                if cache.entries[entry.file.relativePath] == nil { cache.order.append(entry.file.relativePath) }
                cache.entries[entry.file.relativePath] = entry
            }
        }
        if !stale.isEmpty || !removed.isEmpty {
            // A read-only store still lists; it just cannot keep its cache.
            try? cache.write(to: summaryCacheURL)
        }

        var summaries: [MeetingSummary] = []
        var problems: [StoreProblem] = []
        summaries.reserveCapacity(cache.entries.count)
        for path in cache.order {
            guard let entry = cache.entries[path] else { continue }
            if let summary = entry.summary { summaries.append(summary) }
            if let problem = entry.problem { problems.append(StoreProblem(path: entry.file.relativePath, reason: problem)) }
        }
        // Already in order when nothing changed; the sort then only confirms it.
        summaries.sort { $0.date != $1.date ? $0.date > $1.date : $0.id < $1.id }
        problems.sort { $0.path < $1.path }
        return StoreListing(summaries: summaries, problems: problems)
    }

    /// The summaries as the cache last recorded them, without looking at the files: what a
    /// screen can show at once while `summaries()` checks for changes. `nil` without a cache.
    public func cachedSummaries() -> StoreListing? {
        let entries = SummaryCache.entries(from: summaryCacheURL)
        guard !entries.isEmpty else { return nil }
        var summaries: [MeetingSummary] = []
        var problems: [StoreProblem] = []
        summaries.reserveCapacity(entries.count)
        for entry in entries {
            if let summary = entry.summary { summaries.append(summary) }
            if let problem = entry.problem { problems.append(StoreProblem(path: entry.file.relativePath, reason: problem)) }
        }
        summaries.sort { $0.date != $1.date ? $0.date > $1.date : $0.id < $1.id }
        return StoreListing(summaries: summaries, problems: problems)
    }

    /// Every meeting decoded and validated, in date order (oldest first), plus the files that failed.
    public func allMeetings() -> (meetings: [Meeting], problems: [StoreProblem]) {
        let files = meetingFiles()
        let results = Parallel.map(files) { file -> Result<Meeting, StoreError> in
            Result { () throws(StoreError) -> Meeting in
                try Store.readMeeting(at: self.root.appendingPathComponent(file.relativePath), relativePath: file.relativePath)
            }
        }
        var meetings: [Meeting] = []
        var problems: [StoreProblem] = []
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let meeting): meetings.append(meeting)
            case .failure(let error): problems.append(StoreProblem(path: file.relativePath, reason: Store.reason(error)))
            }
        }
        meetings.sort { $0.date != $1.date ? $0.date < $1.date : $0.id < $1.id }
        problems.sort { $0.path < $1.path }
        return (meetings, problems)
    }

    // MARK: Writing

    /// Runs `body` holding the store's exclusive lock (across processes).
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        try StoreLock.withExclusiveLock(at: lockURL, body)
    }

    /// Validates and writes a meeting atomically, moving it if its date moved it to another year.
    public func save(_ meeting: Meeting) throws(StoreError) {
        let url = try meetingURL(id: meeting.id, date: meeting.date)
        let problems = MeetingValidator.validate(meeting)
        guard problems.isEmpty else { throw .invalidMeeting(path: relativePath(of: url), problems: problems) }
        let data: Data
        do { data = try RecordCoding.encode(meeting) } catch { throw .io(path: url.path, reason: "cannot encode: \(error)") }
        try locked { () throws(StoreError) in
            let previous = try? self.locate(id: meeting.id)
            self.forgetIfChangedElsewhere()
            try self.checkInside(url.deletingLastPathComponent())
            try AtomicFile.write(data, to: url)
            if let previous, previous.standardizedFileURL != url.standardizedFileURL { try AtomicFile.remove(previous) }
            self.mutex.withLock { self.knownSources = nil }
            self.noteOwnWrite()
        }
    }

    /// Removes a meeting's record. Its kept source stays under `sources/`.
    public func delete(id: String) throws(StoreError) {
        try locked { () throws(StoreError) in
            let url = try self.locate(id: id)
            self.forgetIfChangedElsewhere()
            try AtomicFile.remove(url)
            self.mutex.withLock { self.knownSources = nil }
            self.noteOwnWrite()
        }
    }

    /// Keeps the document's bytes under `sources/<yyyy>/` and writes its meetings. The same bytes
    /// imported again change nothing. Ids already taken by another document get a `-2`, `-3`… suffix.
    public func importDocument(_ meetings: [Meeting], sourceBytes: Data, sourceExtension: String) throws(StoreError) -> ImportOutcome {
        let digest = SHA256.hex(sourceBytes)
        return try locked { () throws(StoreError) -> ImportOutcome in
            // "Already imported?" and the write happen under one lock, and what this process
            // remembers is dropped when another one wrote since: two imports of the same
            // documents at once can never both write them.
            self.forgetIfChangedElsewhere()
            self.removeLeftoversOnce()
            var known = self.sourceIndex()
            if let ids = known[digest], !ids.isEmpty { return .unchanged(ids) }
            guard let first = meetings.first else { return .imported([]) }

            var taken = Set(self.meetingFiles().map(\.id))
            var records = meetings
            for i in records.indices {
                var id = records[i].id
                var n = 2
                while taken.contains(id) { id = "\(records[i].id)-\(n)"; n += 1 }
                taken.insert(id)
                records[i].id = id
            }
            let ext = sourceExtension.isEmpty ? "txt" : sourceExtension
            let sourcePath = "sources/\(Store.yearFolder(first.date))/\(records[0].id).\(ext)"
            for i in records.indices {
                var source =
                    records[i].source
                    ?? Source(
                        file: sourcePath, sha256: digest, format: ext == "html" ? "html" : "text",
                        encoding: "utf-8", importedAt: Store.timestamp(), extractor: "unknown")
                source.file = sourcePath
                source.sha256 = digest
                records[i].source = source
                let problems = MeetingValidator.validate(records[i])
                if !problems.isEmpty {
                    throw .invalidMeeting(path: "meetings/\(Store.yearFolder(records[i].date))/\(records[i].id).json", problems: problems)
                }
            }
            let sourceURL = self.root.appendingPathComponent(sourcePath)
            try self.checkInside(sourceURL.deletingLastPathComponent())
            for record in records { try self.checkInside(self.meetingURL(id: record.id, date: record.date).deletingLastPathComponent()) }
            try AtomicFile.write(sourceBytes, to: sourceURL)
            for record in records {
                let url = try self.meetingURL(id: record.id, date: record.date)
                let data: Data
                do { data = try RecordCoding.encode(record) } catch { throw .io(path: url.path, reason: "cannot encode: \(error)") }
                try AtomicFile.write(data, to: url)
            }
            let ids = records.map(\.id)
            known[digest] = ids
            self.mutex.withLock { self.knownSources = known }
            self.noteOwnWrite()
            return .imported(ids)
        }
    }

    // MARK: Helpers

    /// Creates `folder` if needed and refuses it when its real path leaves the store (a
    /// symbolic link to elsewhere): see `StoreContainment`.
    private func checkInside(_ folder: URL) throws(StoreError) {
        try AtomicFile.makeDirectories(folder)
        try StoreContainment.check(folder, in: root)
    }

    private func locked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try StoreLock.withExclusiveLock(at: lockURL) { try body() }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .io(path: root.path, reason: "\(error)")
        }
    }

    /// Temporary files of writers killed mid-write (`.<name>.tmp-<pid>-<n>` whose process is
    /// gone), removed by the first import of this process, holding the lock.
    private func removeLeftoversOnce() {
        guard
            mutex.withLock({ () -> Bool in
                defer { leftoversRemoved = true }
                return !leftoversRemoved
            })
        else { return }
        for problem in StoreCheck.leftoverTemporaryFiles(in: self) {
            unlink(root.appendingPathComponent(problem.path).path)
        }
    }

    /// Drops the remembered source digests when another writer changed the store since this
    /// process last held the lock. Call holding the lock.
    private func forgetIfChangedElsewhere() {
        let current = StoreGeneration.read(at: generationURL) ?? StoreGeneration.advance(at: generationURL)
        mutex.withLock {
            if current != knownGeneration {
                knownSources = nil
                knownGeneration = current
            }
        }
    }

    /// Records that this process changed the store: a new token on disk, remembered here.
    private func noteOwnWrite() {
        let token = StoreGeneration.advance(at: generationURL)
        mutex.withLock { knownGeneration = token }
    }

    /// Source digests of the meetings in the store, from the summary cache.
    private func sourceIndex() -> [String: [String]] {
        if let known = mutex.withLock({ knownSources }) { return known }
        _ = summaries()
        let cache = SummaryCache.load(from: summaryCacheURL)
        var index: [String: [String]] = [:]
        for entry in cache.entries.values {
            if let digest = entry.sourceSHA256 { index[digest, default: []].append(entry.file.id) }
        }
        for key in index.keys { index[key]?.sort() }
        mutex.withLock { knownSources = index }
        return index
    }

    private func readEntries(_ files: [MeetingFile]) -> [SummaryCache.Entry] {
        Parallel.map(files) { file -> SummaryCache.Entry in
            do throws(StoreError) {
                let meeting = try Store.readMeeting(
                    at: self.root.appendingPathComponent(file.relativePath), relativePath: file.relativePath)
                guard meeting.id == file.id else {
                    return SummaryCache.Entry(
                        file: file, sourceSHA256: nil, summary: nil,
                        problem: "id \"\(meeting.id)\" does not match the file name \(file.id).json")
                }
                return SummaryCache.Entry(file: file, sourceSHA256: meeting.source?.sha256, summary: MeetingSummary(meeting), problem: nil)
            } catch {
                return SummaryCache.Entry(file: file, sourceSHA256: nil, summary: nil, problem: Store.reason(error))
            }
        }
    }

    static func readMeeting(at url: URL, relativePath: String) throws(StoreError) -> Meeting {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadableMeeting(path: relativePath, reason: "cannot read: \(error.localizedDescription)")
        }
        let meeting: Meeting
        do { meeting = try RecordCoding.decode(Meeting.self, from: data) } catch {
            throw .unreadableMeeting(path: relativePath, reason: JSONErrorLocation.reason(for: error, in: data))
        }
        let problems = MeetingValidator.validate(meeting)
        guard problems.isEmpty else { throw .invalidMeeting(path: relativePath, problems: problems) }
        return meeting
    }

    /// The reason part of an error about a known file.
    static func reason(_ error: StoreError) -> String {
        switch error {
        case .unreadableMeeting(_, let reason): return reason
        case .invalidMeeting(_, let problems): return problems.map(\.description).joined(separator: "; ")
        default: return error.description
        }
    }

    func relativePath(of url: URL) -> String {
        let path = url.standardizedFileURL.path
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    static func yearFolder(_ date: String) -> String {
        let year = date.prefix(4)
        return year.count == 4 && year.allSatisfy(\.isNumber) ? String(year) : "undated"
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
