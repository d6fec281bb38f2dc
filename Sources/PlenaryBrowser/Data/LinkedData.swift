import Foundation
import PlenaryModel
import PlenaryRegistry
import PlenarySearch
import PlenaryStore

/// What lies across meetings, for the speaker, resolution, country, timeline and search
/// screens: people and citations (for a store, the search index's cross-meeting tables,
/// read page by page; in memory, a `Registry`), the catalogue, the search index and meeting
/// records, each opened once on first use (off the input path: the runtime calls this on
/// its load queue).
public final class LinkedData: @unchecked Sendable {
    private let lock = NSLock()
    /// Separate from `lock`: building the index can take minutes and must not hold up the
    /// speaker or resolution screens meanwhile.
    private let indexLock = NSLock()
    private let loadMeeting: @Sendable (String) throws -> Meeting
    private let loadSummaries: @Sendable () -> [MeetingSummary]
    /// `nil` for a store: the index answers.
    private let loadRegistry: (@Sendable () -> any LinkedLookup)?
    private let loadCatalog: @Sendable () -> Catalog
    /// The kept text of a resolution (`catalog/texts/`), by canonical symbol.
    private let loadResolutionText: @Sendable (String) -> ResolutionDocument?
    private let openIndex: (@Sendable () throws -> SearchIndex)?
    /// Brings an open index up to date before a search (the store watcher's report).
    private let refreshIndex: (@Sendable (SearchIndex) -> Void)?
    private var registryValue: (any LinkedLookup)?
    private var catalogValue: Catalog?
    private var indexValue: Result<SearchIndex, LoadFailure>?
    /// Recently read meetings: a resolution screen reads each citing meeting once.
    private var meetings: [String: Meeting] = [:]
    private var meetingOrder: [String] = []

    public init(
        meeting: @escaping @Sendable (String) throws -> Meeting, summaries: @escaping @Sendable () -> [MeetingSummary],
        registry: (@Sendable () -> any LinkedLookup)?, catalog: @escaping @Sendable () -> Catalog,
        searchIndex: (@Sendable () throws -> SearchIndex)?, refreshIndex: (@Sendable (SearchIndex) -> Void)? = nil,
        resolutionText: @escaping @Sendable (String) -> ResolutionDocument? = { _ in nil }
    ) {
        self.loadMeeting = meeting
        self.loadResolutionText = resolutionText
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
    public static func store(
        _ store: Store, countries: (any CountryResolving)? = nil,
        startWatcher: (@Sendable () -> Void)? = nil
    ) -> LinkedData {
        let asked = AskedOnce()
        return LinkedData(
            meeting: { id in
                do { return try store.meeting(id: id) } catch { throw LoadFailure(message: "\(error)") }
            }, summaries: { store.summaries().summaries },
            registry: nil,
            catalog: { store.loadCatalog().catalog },
            searchIndex: {
                do {
                    // The watcher, when one runs, says what changed: no need to stat every file.
                    let index = try SearchIndex.open(store: store, countries: countries, refresh: false)
                    if let reply = index.askWatcher() { try index.refresh(watched: reply) } else { try index.refresh() }
                    return index
                } catch {
                    throw LoadFailure(message: "search index: \(error)")
                }
            },
            refreshIndex: { index in
                if let reply = index.askWatcher() {
                    _ = try? index.refresh(watched: reply)
                } else if asked.first() {
                    startWatcher?()
                }
            }, resolutionText: { symbol in (try? store.resolutionText(symbol: symbol)) ?? nil })
    }

    /// Meetings (and resolution texts) in memory (tests, benchmarks): no search index.
    public static func memory(_ list: [Meeting], catalog: Catalog = Catalog(), texts: [ResolutionDocument] = []) -> LinkedData {
        let textsBySymbol = Dictionary(texts.map { ($0.symbol, $0) }, uniquingKeysWith: { a, _ in a })
        let byID = Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return LinkedData(
            meeting: { id in
                guard let m = byID[id] else { throw LoadFailure(message: "no meeting with id \(id)") }
                return m
            }, summaries: { list.map(MeetingSummary.init) },
            registry: { Registry.build(list.map(MeetingDigest.init)) },
            catalog: { catalog }, searchIndex: nil, resolutionText: { textsBySymbol[$0] })
    }

    /// People and citations: the index's tables, brought up to date first (a store), or the
    /// registry built once (in memory). A store whose index cannot open answers as empty.
    public var registry: any LinkedLookup {
        guard let loadRegistry else {
            if let index = try? currentSearchIndex() { return IndexedLookup(index) }
            return Registry()
        }
        lock.lock()
        defer { lock.unlock() }
        if let registryValue { return registryValue }
        let built = loadRegistry()
        registryValue = built
        return built
    }

    /// Opens the search index (building it if the store has none, then bringing it up to
    /// date) and reads the catalogue, as the first linked screen or search would: the browser
    /// calls it on a thread at start, so the first key that needs them does not wait for the
    /// opening. A screen asking meanwhile waits on the same locks; the index is opened once,
    /// and the screen's own up-to-date check after it finds nothing left to do.
    public func prepare() {
        _ = try? currentSearchIndex()
        _ = catalog
    }

    /// The index when people and citations come from it (a store), already current.
    private func linkedIndex() -> SearchIndex? {
        loadRegistry == nil ? try? currentSearchIndex() : nil
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
                    throw LoadFailure(
                        message:
                            "“\(id)” matches \(matches.count) people: \(matches.prefix(4).map(\.id).joined(separator: ", "))\(matches.count > 4 ? ", …" : "")"
                    )
                }
                found = matches.first
            }
            guard let person = found else {
                throw LoadFailure(message: "no person \(id) (plenary speakers lists them)")
            }
            return SpeakerPage.build(person, statements: registry.statements(of: person.id))
        case .resolution(let symbol):
            if let index = linkedIndex() {
                let lookup = IndexedLookup(index)
                return ResolutionPage.build(symbol: symbol, registry: lookup, catalog: catalog, text: loadResolutionText) { refs in
                    let found = (try? index.citingParagraphs(refs)) ?? []
                    return found.map { p in
                        p.text == nil
                            ? nil : ResolutionPage.Citing(number: p.number, text: p.text, speakers: p.speakerNames, highlight: p.highlight)
                    }
                }
            }
            let registry = self.registry
            return ResolutionPage.build(symbol: symbol, registry: registry, catalog: catalog, text: loadResolutionText) { refs in
                refs.map { ref in ResolutionPage.Citing(ref, in: self.meeting(ref.meetingID), registry: registry) }
            }
        case .country(let code):
            var concerning: [CountryPage.Concerning]?
            if let refs = try? searchIndex().matches("country:\(code)") {
                let byID: [String: MeetingSummary]
                if let index = linkedIndex() {
                    // Only the meetings concerned, from the index, not the store's whole list.
                    let wanted = Set(refs.map(\.meeting))
                    byID = Dictionary(
                        ((try? index.meetings(where: { wanted.contains($0.id) })) ?? []).map { m in
                            (
                                m.id,
                                MeetingSummary(
                                    id: m.id, date: m.date, endDate: nil, title: m.title, organization: m.organization,
                                    body: m.body, paragraphs: 0, speakers: 0, citations: 0, attendance: 0)
                            )
                        }, uniquingKeysWith: { a, _ in a })
                } else {
                    byID = summaryIndex()
                }
                concerning = Dictionary(grouping: refs, by: \.meeting).compactMap { id, refs in
                    byID[id].map { CountryPage.Concerning(summary: $0, paragraphs: refs.count, first: refs.map(\.paragraph).min()) }
                }
            }
            return CountryPage.build(code: code, registry: registry, concerning: concerning)
        case .timeline(let organization, let body):
            if let index = linkedIndex() {
                guard
                    case let (timeline, meetings)? = try? index.timeline(
                        where: { m in
                            if let body { return m.body == body }
                            if let organization { return m.organization == organization }
                            return true
                        }, resolutionDates: catalog.resolutionDates),
                    meetings > 0
                else {
                    throw LoadFailure(message: "no meeting of \(body ?? organization ?? "this store")")
                }
                // Handed over, not copied: tens of thousands of entries of five strings each.
                return TimelinePage.build(
                    consume timeline, name: body ?? organization ?? "all meetings", meetings: meetings, catalog: catalog)
            }
            let chosen = summaries().filter { s in
                if let body { return s.body == body }
                if let organization { return s.organization == organization }
                return true
            }
            let list = chosen.compactMap { meeting($0.id) }
            guard !list.isEmpty else { throw LoadFailure(message: "no meeting of \(body ?? organization ?? "this store")") }
            return TimelinePage.build(
                Timeline.build(meetings: list, resolutionDates: catalog.resolutionDates),
                name: body ?? organization ?? "all meetings", meetings: list.count, records: list, catalog: catalog)
        case .agenda(let body, let item):
            let list = summaries().filter { $0.body == body && $0.title == item }.compactMap { meeting($0.id) }
            guard !list.isEmpty else { throw LoadFailure(message: "no meeting of \(body) on “\(item)”") }
            return TimelinePage.build(
                Timeline.build(meetings: list, resolutionDates: catalog.resolutionDates),
                name: "\(item) — \(body)", meetings: list.count, records: list, catalog: catalog)
        case .comparison(let id):
            guard let newer = meeting(id) else { throw LoadFailure(message: "no meeting with id \(id)") }
            let previous: String?
            if let index = linkedIndex() {
                previous = (try? index.previousMeeting(of: newer)) ?? nil
            } else {
                previous = MeetingComparison.previous(of: newer, among: summaries())?.id
            }
            guard let previous, let older = meeting(previous) else {
                throw LoadFailure(message: "no earlier meeting of \(MeetingComparison.series(of: newer)) to compare with")
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
