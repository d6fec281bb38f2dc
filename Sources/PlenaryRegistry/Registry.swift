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
    public func citations(ofResolution number: Int) -> [CitationRef] {
        let prefix = "S/RES/\(number) ("
        let refs = citationsByKey.filter { $0.key.hasPrefix(prefix) }.flatMap(\.value)
        return refs.sorted(by: Registry.citationOrder)
    }

    /// People whose name, spelling variant, id or affiliation contains `query` (case and accents ignored).
    public func people(matching query: String) -> [RegistryPerson] {
        let q = NameKey.tokens(query).joined(separator: " ")
        guard !q.isEmpty else { return people }
        return people.filter { p in
            p.id.contains(q.replacingOccurrences(of: " ", with: "-")) || p.of?.lowercased() == q
                || p.variants.contains { NameKey.tokens($0).joined(separator: " ").contains(q) }
        }
    }

    // MARK: Building

    private struct Cluster {
        var tokens: [String]
        var office: String?
        var of: String?
        var names: [String: Int] = [:]
        var honorifics: [[String]: Int] = [:]
        var roles: [String: (from: String, to: String)] = [:]
        var roleOrder: [String] = []
        var meetings = Set<String>()
        var statements = 0
        var firstDate = ""
        var lastDate = ""
    }

    /// Merges the appearances of `digests` into people and indexes statements and citations.
    public static func build(_ digests: [MeetingDigest]) -> Registry {
        let ordered = linkPresidents(digests).sorted { $0.date != $1.date ? $0.date < $1.date : $0.meetingID < $1.meetingID }
        var clusters: [Cluster] = []
        var buckets: [String: [Int]] = [:]
        var localToCluster: [String: Int] = [:]

        for digest in ordered {
            var counts: [String: Int] = [:]
            for s in digest.statements { counts[s.speaker, default: 0] += 1 }
            for person in digest.people {
                let c = clusterIndex(for: person, clusters: &clusters, buckets: &buckets)
                localToCluster[localKey(digest.meetingID, person.id)] = c
                var cluster = clusters[c]
                if let name = person.name { cluster.names[name, default: 0] += 1 }
                if !person.honorifics.isEmpty { cluster.honorifics[person.honorifics, default: 0] += 1 }
                if let role = person.role {
                    if let span = cluster.roles[role] {
                        cluster.roles[role] = (min(span.from, digest.date), max(span.to, digest.date))
                    } else {
                        cluster.roles[role] = (digest.date, digest.date)
                        cluster.roleOrder.append(role)
                    }
                }
                let said = counts[person.id] ?? 0
                if said > 0 || cluster.meetings.isEmpty {
                    cluster.meetings.insert(digest.meetingID)
                    cluster.statements += said
                    cluster.firstDate = cluster.firstDate.isEmpty ? digest.date : min(cluster.firstDate, digest.date)
                    cluster.lastDate = max(cluster.lastDate, digest.date)
                }
                clusters[c] = cluster
            }
        }

        var registry = Registry()
        var ids: [String] = []
        var taken = Set<String>()
        for cluster in clusters {
            let name = cluster.names.max { $0.value != $1.value ? $0.value < $1.value : $0.key.count < $1.key.count }?.key
            let fullest = cluster.names.keys.max { NameKey.tokens($0).count != NameKey.tokens($1).count ? NameKey.tokens($0).count < NameKey.tokens($1).count : $0 > $1 }
            let base = MeetingID.slug([fullest ?? cluster.office ?? "speaker", cluster.of ?? ""].joined(separator: " "), maxLength: 80)
            var id = base.isEmpty ? "speaker" : base
            var n = 2
            while taken.contains(id) { id = "\(base)-\(n)"; n += 1 }
            taken.insert(id)
            ids.append(id)
            let variants = cluster.names.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            let honorifics = cluster.honorifics.max { $0.value < $1.value }?.key ?? []
            let roles = cluster.roleOrder.map { RegistryPerson.Role(role: $0, from: cluster.roles[$0]!.from, to: cluster.roles[$0]!.to) }
                .sorted { $0.from < $1.from }
            registry.people.append(RegistryPerson(
                id: id, name: fullest ?? name, variants: variants, honorifics: honorifics, of: cluster.of, roles: roles,
                statements: cluster.statements, meetings: cluster.meetings.count, firstDate: cluster.firstDate, lastDate: cluster.lastDate))
        }
        for (key, c) in localToCluster { registry.globalID[key] = ids[c] }

        var instrumentMeetings: [String: Set<String>] = [:]
        var instrumentInfo: [String: CitedInstrument] = [:]
        for digest in ordered {
            for s in digest.statements {
                guard let gid = registry.globalID[localKey(digest.meetingID, s.speaker)] else { continue }
                registry.statementsByPerson[gid, default: []].append(StatementRef(
                    meetingID: digest.meetingID, date: digest.date, meetingTitle: digest.title, symbol: digest.symbol,
                    localSpeaker: s.speaker, paragraphs: s.paragraphs, attribution: s.attribution, language: s.language,
                    preview: s.preview))
            }
            for c in digest.citations {
                let key = instrumentKey(symbol: c.symbol, title: c.title, surface: c.surface)
                let people = c.speakers.compactMap { registry.globalID[localKey(digest.meetingID, $0)] }
                registry.citationsByKey[key, default: []].append(CitationRef(
                    symbol: c.symbol, surface: c.surface, title: c.title, verb: c.verb, meetingID: digest.meetingID,
                    date: digest.date, meetingTitle: digest.title, meetingSymbol: digest.symbol, paragraph: c.paragraph, people: people))
                instrumentMeetings[key, default: []].insert(digest.meetingID)
                var info = instrumentInfo[key] ?? CitedInstrument(symbol: c.symbol, label: c.symbol ?? c.title ?? c.surface,
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

    /// The cluster a person joins, or a new one. Named people join a cluster with the same
    /// affiliation whose name is compatible and whose role agrees (or whose full name is the
    /// same); several candidates mean no guess. Unnamed offices join by office and affiliation.
    private static func clusterIndex(for person: Person, clusters: inout [Cluster], buckets: inout [String: [Int]]) -> Int {
        let of = person.of ?? ""
        guard let name = person.name else {
            let office = person.role ?? "Speaker"
            let key = "office|\(office)|\(of)"
            if let existing = buckets[key]?.first { return existing }
            clusters.append(Cluster(tokens: [], office: office, of: person.of))
            buckets[key] = [clusters.count - 1]
            return clusters.count - 1
        }
        let tokens = NameKey.tokens(name)
        let key = "name|\(of)|\(NameKey.skeleton(tokens.last ?? ""))"
        let candidates = (buckets[key] ?? []).filter { i in
            let c = clusters[i]
            guard NameKey.compatible(tokens, c.tokens) else { return false }
            let sameFullName = tokens.count >= 2 && tokens == c.tokens
            let rolesAgree = person.role == nil || c.roles.isEmpty || c.roles[person.role!] != nil
            return sameFullName || rolesAgree
        }
        let chosen: Int?
        if candidates.count == 1 { chosen = candidates[0] } else { chosen = candidates.first { clusters[$0].tokens == tokens } }
        if let chosen {
            if tokens.count > clusters[chosen].tokens.count { clusters[chosen].tokens = tokens }
            return chosen
        }
        clusters.append(Cluster(tokens: tokens, office: nil, of: person.of))
        buckets[key, default: []].append(clusters.count - 1)
        return clusters.count - 1
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
                  let code = codes.first, d.people.contains(where: { isUnnamedPresident($0) && $0.of == nil }) else { return d }
            var d = d
            for i in d.people.indices where isUnnamedPresident(d.people[i]) && d.people[i].of == nil { d.people[i].of = code }
            return d
        }
    }

    static func localKey(_ meeting: String, _ local: String) -> String { meeting + "\u{1F}" + local }

    static func instrumentKey(symbol: String?, title: String?, surface: String) -> String {
        symbol ?? "title:" + (title ?? surface).lowercased()
    }

    static func citationOrder(_ a: CitationRef, _ b: CitationRef) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.meetingID != b.meetingID { return a.meetingID < b.meetingID }
        return a.paragraph < b.paragraph
    }
}
