import PlenaryModel

/// People and citations across all meetings of a store: who spoke where, and which paragraphs
/// cite which instrument. Built by a pure function from meeting digests; queries are
/// dictionary lookups, fast enough for the browser to call on every screen.
public struct Registry: Sendable {
    /// Most statements first.
    public private(set) var people: [RegistryPerson] = []
    /// Most cited first.
    public private(set) var instruments: [CitedInstrument] = []
    private var peopleIndex: [String: Int] = [:]
    private var statementsByPerson: [String: [StatementRef]] = [:]
    private var globalID: [String: String] = [:]
    private var citationsByKey: [String: [CitationRef]] = [:]
    private var citationsByResolution: [Int: [CitationRef]] = [:]

    public init() {}

    // MARK: Queries

    public func person(id: String) -> RegistryPerson? { peopleIndex[id].map { people[$0] } }

    /// The people speaking for a state or organisation (ISO3 code or acronym), most statements first.
    public func people(of affiliation: String) -> [RegistryPerson] {
        people.filter { $0.of == affiliation }
    }

    /// Every statement of a person, oldest first (then meeting, then position in the meeting).
    public func statements(of personID: String) -> [StatementRef] { statementsByPerson[personID] ?? [] }

    /// The registry id of a meeting's local person id.
    public func personID(meeting: String, local: String) -> String? { globalID[Registry.localKey(meeting, local)] }

    /// Paragraphs citing a canonical symbol, oldest first.
    public func citations(of symbol: String) -> [CitationRef] { citationsByKey[symbol] ?? [] }

    /// Paragraphs citing Security Council resolution `number` under any year (misprinted years
    /// stay visible next to the right ones), oldest first.
    /// Within one paragraph, in the order the paragraph cites them.
    public func citations(ofResolution number: Int) -> [CitationRef] {
        citationsByResolution[number] ?? []
    }

    /// People whose name, spelling variant, id or affiliation contains `query` (case and accents ignored).
    public func people(matching query: String) -> [RegistryPerson] { Registry.filter(people, matching: query) }

    /// The people of `people` whose name, spelling variant, id or affiliation contains `query`.
    public static func filter(_ people: [RegistryPerson], matching query: String) -> [RegistryPerson] {
        let q = NameKey.tokens(query).joined(separator: " ")
        guard !q.isEmpty else { return people }
        return people.filter { p in
            p.id.contains(q.replacingOccurrences(of: " ", with: "-")) || p.of?.lowercased() == q
                || p.variants.contains { NameKey.tokens($0).joined(separator: " ").contains(q) }
        }
    }

    // MARK: Building

    /// The appearances of people in `digests` (presidency linked), in merge order.
    public static func appearances(_ digests: [MeetingDigest]) -> [PersonMerge.Appearance] {
        var out: [PersonMerge.Appearance] = []
        for digest in linkPresidents(digests) {
            var counts: [String: Int] = [:]
            for s in digest.statements { counts[s.speaker, default: 0] += 1 }
            for (position, person) in digest.people.enumerated() {
                out.append(
                    PersonMerge.Appearance(
                        meetingID: digest.meetingID, date: digest.date, position: position, local: person.id,
                        name: person.name, honorifics: person.honorifics, role: person.role, of: person.of,
                        statements: counts[person.id] ?? 0))
            }
        }
        return out.sorted(by: PersonMerge.Appearance.precedes)
    }

    /// Merges the appearances of `digests` into people (`PersonMerge`) and indexes statements and citations.
    public static func build(_ digests: [MeetingDigest]) -> Registry {
        let ordered = digests.sorted { $0.date != $1.date ? $0.date < $1.date : $0.meetingID < $1.meetingID }
        let appearances = appearances(digests)
        let clusters = PersonMerge.merge(appearances)
        let ids = PersonMerge.ids(clusters.map(\.baseID))

        var registry = Registry()
        for (cluster, id) in zip(clusters, ids) {
            registry.people.append(cluster.person(id: id))
            for m in cluster.members { registry.globalID[localKey(appearances[m].meetingID, appearances[m].local)] = id }
        }

        var instrumentMeetings: [String: Set<String>] = [:]
        var instrumentInfo: [String: CitedInstrument] = [:]
        for digest in ordered {
            for s in digest.statements {
                guard let gid = registry.globalID[localKey(digest.meetingID, s.speaker)] else { continue }
                registry.statementsByPerson[gid, default: []].append(
                    StatementRef(
                        meetingID: digest.meetingID, date: digest.date, meetingTitle: digest.title, symbol: digest.symbol,
                        localSpeaker: s.speaker, paragraphs: s.paragraphs, attribution: s.attribution, language: s.language,
                        preview: s.preview))
            }
            for c in digest.citations {
                let key = instrumentKey(symbol: c.symbol, title: c.title, surface: c.surface)
                let people = c.speakers.compactMap { registry.globalID[localKey(digest.meetingID, $0)] }
                let ref = CitationRef(
                    symbol: c.symbol, surface: c.surface, title: c.title, verb: c.verb, meetingID: digest.meetingID,
                    date: digest.date, meetingTitle: digest.title, meetingSymbol: digest.symbol, paragraph: c.paragraph, people: people)
                registry.citationsByKey[key, default: []].append(ref)
                if let number = c.symbol.flatMap(resolutionNumber) { registry.citationsByResolution[number, default: []].append(ref) }
                instrumentMeetings[key, default: []].insert(digest.meetingID)
                var info =
                    instrumentInfo[key]
                    ?? CitedInstrument(
                        symbol: c.symbol, label: c.symbol ?? c.title ?? c.surface,
                        citations: 0, meetings: 0, firstDate: digest.date, lastDate: digest.date)
                info.citations += 1
                info.firstDate = min(info.firstDate, digest.date)
                info.lastDate = max(info.lastDate, digest.date)
                instrumentInfo[key] = info
            }
        }
        for (key, var info) in instrumentInfo {
            info.meetings = instrumentMeetings[key]?.count ?? 0
            registry.instruments.append(info)
        }
        registry.instruments.sort { $0.citations != $1.citations ? $0.citations > $1.citations : $0.label < $1.label }
        registry.people.sort { $0.statements != $1.statements ? $0.statements > $1.statements : $0.id < $1.id }
        for (i, p) in registry.people.enumerated() { registry.peopleIndex[p.id] = i }
        return registry
    }

    /// The Security Council's presidency rotates by calendar month: when the records of a month
    /// that say who presides ("in my capacity as the representative of Belgium") all name one
    /// member, "The President" of that month's other records is linked to it as well.
    static func linkPresidents(_ digests: [MeetingDigest]) -> [MeetingDigest] {
        func isUnnamedPresident(_ p: Person) -> Bool { p.name == nil && p.role == "President" }
        var byMonth: [String: Set<String>] = [:]
        for d in digests where d.body == "Security Council" {
            for p in d.people where isUnnamedPresident(p) {
                if let of = p.of { byMonth[String(d.date.prefix(7)), default: []].insert(of) }
            }
        }
        guard !byMonth.isEmpty else { return digests }
        return digests.map { d in
            guard d.body == "Security Council", let codes = byMonth[String(d.date.prefix(7))], codes.count == 1,
                let code = codes.first, d.people.contains(where: { isUnnamedPresident($0) && $0.of == nil })
            else { return d }
            var d = d
            for i in d.people.indices where isUnnamedPresident(d.people[i]) && d.people[i].of == nil { d.people[i].of = code }
            return d
        }
    }

    static func localKey(_ meeting: String, _ local: String) -> String { meeting + "\u{1F}" + local }

    static func instrumentKey(symbol: String?, title: String?, surface: String) -> String {
        symbol ?? "title:" + (title ?? surface).lowercased()
    }

    /// `S/RES/822 (1993)` → 822.
    public static func resolutionNumber(_ symbol: String) -> Int? {
        guard symbol.hasPrefix("S/RES/"), let space = symbol.firstIndex(of: " ") else { return nil }
        return Int(symbol[symbol.index(symbol.startIndex, offsetBy: 6)..<space])
    }
}
