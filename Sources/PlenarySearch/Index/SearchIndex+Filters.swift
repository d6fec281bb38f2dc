import Foundation
import GRDB
import PlenaryRegistry

/// How filter values are judged against what the store knows (docs/search.md, "Unknown
/// values"): a speaker's name through the registry of people (any spelling, honorific or
/// transliteration it merged), a country through the records and the gazetteer, an
/// organisation through the meetings, a symbol through the citations; and the closest known
/// value when a value names nothing.
extension SearchIndex {
    var filterResolver: FilterResolver {
        FilterResolver(
            countries: { [self] in resolveCountry($0) },
            speakers: { [self] in speakerLocals($0) },
            organization: { [self] in knowsOrganization($0) },
            citation: { [self] in knowsCitation($0) },
            suggest: { [self] in closestKnown(field: $0, to: $1) },
            prefixTerms: { [self] prefix in try? db.read { db in try ExactTerms.expand(prefix, db) } })
    }

    /// A person of the registry as `speaker:` compares it: folded name tokens of every spelling.
    struct SpeakerEntry {
        var id: String
        var of: String?
        var name: String?
        var spellings: [[String]]
        var roles: [String]
    }

    func speakerEntries() -> [SpeakerEntry] {
        (try? db.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, of, json_extract(record, '$.name'), json_extract(record, '$.variants'), json_extract(record, '$.roles')
                    FROM person
                    """
            ).map { row -> SpeakerEntry in
                let name: String? = row[2]
                let variants = (row[3] as String?).flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
                struct Role: Decodable { var role: String }
                let roles = (row[4] as String?).flatMap { try? JSONDecoder().decode([Role].self, from: Data($0.utf8)) } ?? []
                let spellings = ([name].compactMap { $0 } + variants).map(NameKey.tokens).filter { !$0.isEmpty }
                return SpeakerEntry(id: row[0], of: row[1], name: name, spellings: spellings, roles: roles.map(\.role))
            }
        }) ?? []
    }

    /// `speaker:` → the meeting-local ids of every person the value may name; `nil` when it names none.
    /// "Mr. Nebenzia", "Nebenzya", "Vassily Nebenzia", "NEBENZIA", a registry id, a local id;
    /// "president" (an office without a name) finds every presiding officer.
    func speakerLocals(_ value: String) -> [String]? {
        func locals(_ db: Database, of ids: [String]) throws -> [String] {
            let list = ids.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ",")
            return try String.fetchAll(db, sql: "SELECT DISTINCT local FROM appearance WHERE person IN (\(list)) ORDER BY local")
        }
        // An id names one person: a registry id (nebenzia-rus), else a meeting's own id for a person.
        // A single word ("president") is read as a name or office first.
        func byID() -> [String]? {
            (try? db.read({ db -> [String]? in
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM person WHERE id = ?", arguments: [value]) != nil {
                    return try locals(db, of: [value])
                }
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM appearance WHERE local = ? LIMIT 1", arguments: [value]) != nil {
                    return [value]
                }
                return nil
            })) ?? nil
        }
        if value.contains("-"), let found = byID() { return found }
        let ids = SearchIndex.speakers(matching: value, in: speakerEntries())
        if ids.isEmpty { return byID() }
        return try? db.read { db in try locals(db, of: ids) }
    }

    /// The registry ids `value` names (pure): a name compatible with one of the person's
    /// spellings (`NameKey`), each typed word a word of the name, or an unnamed office.
    static func speakers(matching value: String, in entries: [SpeakerEntry]) -> [String] {
        var typed = NameKey.tokens(value)
        if typed.first == "the" { typed.removeFirst() }
        guard !typed.isEmpty else { return [] }
        let skeletons = typed.map(NameKey.skeleton)
        return entries.filter { entry in
            if entry.id == value { return true }
            if entry.spellings.isEmpty {
                let office = Set(entry.roles.flatMap { NameKey.tokens($0) })
                return !office.isEmpty && typed.allSatisfy(office.contains)
            }
            return entry.spellings.contains { spelling in
                NameKey.compatible(typed, spelling)
                    || skeletons.allSatisfy { s in spelling.contains { NameKey.skeleton($0) == s } }
            }
        }.map(\.id)
    }

    func knowsOrganization(_ value: String) -> Bool {
        let token = TagToken.token(.organization, value)
        let indexed =
            (try? db.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM fts_vocab WHERE term = ?", arguments: [token]) }) != nil
        return indexed || countries?.knowsOrganization(value) == true
    }

    func knowsCitation(_ key: String) -> Bool {
        let token = TagToken.token(.citation, key)
        return (try? db.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM fts_vocab WHERE term = ?", arguments: [token]) }) != nil
    }

    /// The known value closest to an unknown one, as the message shows it: "Nebenzia (RUS)", "Libya (LBY)", "OIC".
    func closestKnown(field: String, to value: String) -> String? {
        switch field {
        case "speaker":
            guard let last = NameKey.tokens(value).last else { return nil }
            var best: (Int, String)?
            for entry in speakerEntries() {
                guard let name = entry.name else { continue }
                for spelling in entry.spellings {
                    guard let surname = spelling.last,
                        let d = EditDistance.distance(last, surname, limit: SearchIndex.tolerance(last))
                    else { continue }
                    let shown = entry.of.map { "\(name) (\($0))" } ?? name
                    if best == nil || (d, shown) < best! { best = (d, shown) }
                }
            }
            return best?.1
        case "org":
            let orgs = (try? db.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT org FROM meeting WHERE org IS NOT NULL") }) ?? []
            return SearchIndex.closest(value.uppercased(), among: orgs.map { ($0.uppercased(), $0) })
        case "cites":
            let keys =
                (try? db.read { db in
                    try String.fetchAll(
                        db, sql: "SELECT symbol FROM citation WHERE symbol IS NOT NULL GROUP BY symbol ORDER BY count(*) DESC, symbol")
                }) ?? []
            let typed = TagToken.citationKey(value)
            return SearchIndex.closest(typed, among: keys.flatMap { symbol in TagToken.citationKeys(symbol).map { ($0, symbol) } })
        default:
            if let suggestion = countries?.closestCountry(to: value) { return suggestion }
            let names = (try? db.read { db in try Row.fetchAll(db, sql: "SELECT name, code FROM country_name") }) ?? []
            return SearchIndex.closest(
                CountryAliases.normalize(value),
                among: names.map { row in
                    let name: String = row[0], code: String = row[1]
                    return (name, "\(name) (\(code))")
                })
        }
    }

    static func tolerance(_ word: String) -> Int { word.count <= 4 ? 1 : word.count <= 8 ? 2 : 3 }

    /// The shown form of the key nearest `typed` within `tolerance`; ties go to the earlier candidate.
    static func closest(_ typed: String, among candidates: [(key: String, shown: String)]) -> String? {
        var best: (Int, String)?
        for candidate in candidates {
            guard let d = EditDistance.distance(typed, candidate.key, limit: tolerance(typed)) else { continue }
            if best == nil || d < best!.0 { best = (d, candidate.shown) }
        }
        return best?.1
    }
}
