import Foundation
import PlenaryModel
import PlenaryRegistry
import PlenarySearch
import PlenaryStore

/// What lies across meetings, for the speaker, resolution, country, timeline and search
/// screens: the registry, the catalogue, the search index and meeting records, each loaded
/// once on first use (off the input path: the runtime calls this on its load queue).
public final class LinkedData: @unchecked Sendable {
    private let lock = NSLock()
    /// Separate from `lock`: building the index can take minutes and must not hold up the
    /// speaker or resolution screens meanwhile.
    private let indexLock = NSLock()
    private let loadMeeting: @Sendable (String) throws -> Meeting
    private let loadSummaries: @Sendable () -> [MeetingSummary]
    private let loadRegistry: @Sendable () -> Registry
    private let loadCatalog: @Sendable () -> Catalog
    private let openIndex: (@Sendable () throws -> SearchIndex)?
    /// Brings an open index up to date before a search (the store watcher's report).
    private let refreshIndex: (@Sendable (SearchIndex) -> Void)?
    private var registryValue: Registry?
    private var catalogValue: Catalog?
    private var indexValue: Result<SearchIndex, LoadFailure>?
    /// Recently read meetings: a resolution screen reads each citing meeting once.
    private var meetings: [String: Meeting] = [:]
    private var meetingOrder: [String] = []

    public init(meeting: @escaping @Sendable (String) throws -> Meeting, summaries: @escaping @Sendable () -> [MeetingSummary],
                registry: @escaping @Sendable () -> Registry, catalog: @escaping @Sendable () -> Catalog,
                searchIndex: (@Sendable () throws -> SearchIndex)?, refreshIndex: (@Sendable (SearchIndex) -> Void)? = nil) {
        self.loadMeeting = meeting
        self.loadSummaries = summaries
        self.loadRegistry = registry
        self.loadCatalog = catalog
        self.openIndex = searchIndex
        self.refreshIndex = refreshIndex
    }

    /// The store's registry (cached in `.plenary/`), catalogue and search index. `countries`
    /// answers `country:` in queries (the program passes the extractor's gazetteer), the same
    /// resolver `plenary search` uses. Before each search the store's watcher, if one runs,
    /// is asked what changed, so meetings edited while the browser is open are searched as
    /// they now are; `startWatcher` is called once when none answers.
    public static func store(_ store: Store, countries: (any CountryResolving)? = nil,
                             startWatcher: (@Sendable () -> Void)? = nil) -> LinkedData {
        let asked = AskedOnce()
        return LinkedData(meeting: { id in
            do { return try store.meeting(id: id) } catch { throw LoadFailure(message: "\(error)") }
        }, summaries: { store.summaries().summaries },
        registry: { RegistryCache.load(store).registry },
        catalog: { store.loadCatalog().catalog },
        searchIndex: {
            do { return try SearchIndex.open(store: store, countries: countries) } catch { throw LoadFailure(message: "search index: \(error)") }
        }, refreshIndex: { index in
            if let reply = index.askWatcher() {
                _ = try? index.refresh(watched: reply)
            } else if asked.first() {
                startWatcher?()
            }
        })
    }

    /// Meetings in memory (tests, benchmarks): no catalogue, no search index.
    public static func memory(_ list: [Meeting], catalog: Catalog = Catalog()) -> LinkedData {
        let byID = Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return LinkedData(meeting: { id in
            guard let m = byID[id] else { throw LoadFailure(message: "no meeting with id \(id)") }
            return m
        }, summaries: { list.map(MeetingSummary.init) },
        registry: { Registry.build(list.map(MeetingDigest.init)) },
        catalog: { catalog }, searchIndex: nil)
    }

    public var registry: Registry {
        lock.lock()
        defer { lock.unlock() }
        if let registryValue { return registryValue }
        let built = loadRegistry()
        registryValue = built
        return built
    }

    public var catalog: Catalog {
        lock.lock()
        defer { lock.unlock() }
        if let catalogValue { return catalogValue }
        let loaded = loadCatalog()
        catalogValue = loaded
        return loaded
    }

    public func meeting(_ id: String) -> Meeting? {
        lock.lock()
        if let m = meetings[id] { lock.unlock(); return m }
        lock.unlock()
        guard let m = try? loadMeeting(id) else { return nil }
        lock.lock()
        meetings[id] = m
        meetingOrder.append(id)
        if meetingOrder.count > 200 { meetings[meetingOrder.removeFirst()] = nil }
        lock.unlock()
        return m
    }

    public func summaries() -> [MeetingSummary] { loadSummaries() }

    private var summariesByID: [String: MeetingSummary]?

    /// Summaries by meeting id, built on first use (search results and index matches name ids only).
    func summaryIndex() -> [String: MeetingSummary] {
        lock.lock()
        let known = summariesByID
        lock.unlock()
        if let known { return known }
        let index = Dictionary(loadSummaries().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        lock.lock()
        summariesByID = index
        lock.unlock()
        return index
    }

    /// Meeting titles by id.
    public func titles(of ids: [String]) -> [String: String] {
        let index = summaryIndex()
        var out: [String: String] = [:]
        for id in ids { out[id] = index[id]?.title }
        return out
    }

    /// The search index, opened (and built or updated) on first use.
    /// The search index, first brought up to date with the changes the store's watcher saw
    /// (well under a millisecond when nothing changed). Call it from the thread that searches.
    public func currentSearchIndex() throws(LoadFailure) -> SearchIndex {
        let index = try searchIndex()
        refreshIndex?(index)
        return index
    }

    public func searchIndex() throws(LoadFailure) -> SearchIndex {
        indexLock.lock()
        defer { indexLock.unlock() }
        if let indexValue { return try indexValue.get() }
        guard let openIndex else {
            let failure = LoadFailure(message: "search needs a store with a search index")
            indexValue = .failure(failure)
            throw failure
        }
        do {
            let index = try openIndex()
            indexValue = .success(index)
            return index
        } catch let failure as LoadFailure {
            indexValue = .failure(failure)
            throw failure
        } catch {
            let failure = LoadFailure(message: "\(error)")
            indexValue = .failure(failure)
            throw failure
        }
    }

    // MARK: Pages

    /// Builds the page a link leads to.
    public func page(_ target: LinkTarget) throws(LoadFailure) -> EntityPage {
        switch target {
        case .speaker(let id, let meeting):
            let registry = self.registry
            let global = meeting.flatMap { registry.personID(meeting: $0, local: id) } ?? id
            var found = registry.person(id: global)
            if found == nil, meeting == nil {
                // `:speaker Mammadyarov`: a name that matches one person.
                let matches = registry.people(matching: id)
                if matches.count > 1 {
                    throw LoadFailure(message: "“\(id)” matches \(matches.count) people: \(matches.prefix(4).map(\.id).joined(separator: ", "))\(matches.count > 4 ? ", …" : "")")
                }
                found = matches.first
            }
            guard let person = found else {
                throw LoadFailure(message: "no person \(id) (plenary speakers lists them)")
            }
            return SpeakerPage.build(person, statements: registry.statements(of: person.id))
        case .resolution(let symbol):
            return ResolutionPage.build(symbol: symbol, registry: registry, catalog: catalog, meeting: meeting)
        case .country(let code):
            var concerning: [CountryPage.Concerning]?
            if let refs = try? searchIndex().matches("country:\(code)") {
                let byID = summaryIndex()
                concerning = Dictionary(grouping: refs, by: \.meeting).compactMap { id, refs in
                    byID[id].map { CountryPage.Concerning(summary: $0, paragraphs: refs.count, first: refs.map(\.paragraph).min()) }
                }
            }
            return CountryPage.build(code: code, registry: registry, concerning: concerning)
        case .timeline(let organization, let body):
            let chosen = summaries().filter { s in
                if let body { return s.body == body }
                if let organization { return s.organization == organization }
                return true
            }
            let list = chosen.compactMap { meeting($0.id) }
            guard !list.isEmpty else { throw LoadFailure(message: "no meeting of \(body ?? organization ?? "this store")") }
            return TimelinePage.build(Timeline.build(meetings: list, resolutionDates: catalog.resolutionDates),
                                      name: body ?? organization ?? "all meetings", meetings: list.count, records: list, catalog: catalog)
        case .agenda(let body, let item):
            let list = summaries().filter { $0.body == body && $0.title == item }.compactMap { meeting($0.id) }
            guard !list.isEmpty else { throw LoadFailure(message: "no meeting of \(body) on “\(item)”") }
            return TimelinePage.build(Timeline.build(meetings: list, resolutionDates: catalog.resolutionDates),
                                      name: "\(item) — \(body)", meetings: list.count, records: list, catalog: catalog)
        case .comparison(let id):
            guard let newer = meeting(id) else { throw LoadFailure(message: "no meeting with id \(id)") }
            guard let previous = MeetingComparison.previous(of: newer, among: summaries()), let older = meeting(previous.id) else {
                throw LoadFailure(message: "no earlier meeting of \(newer.body ?? newer.organization ?? "its body") to compare with")
            }
            return ComparisonPage.build(MeetingComparison.compare(older, newer), older: older, newer: newer)
        }
    }
}

/// True the first time only: the watcher is started at most once per browser run.
private final class AskedOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var asked = false

    func first() -> Bool {
        lock.withLock {
            defer { asked = true }
            return !asked
        }
    }
}
