import Foundation
import GRDB
import PlenaryModel
import PlenaryRegistry

/// A meeting as the cross-meeting tables keep it.
public struct LinkedMeeting: Codable, Equatable, Sendable {
    public var id: String
    public var date: String
    public var title: String
    public var symbol: String?
    public var organization: String?
    public var body: String?
}

/// A paragraph citing an instrument, as a resolution screen shows it.
public struct CitingParagraph: Equatable, Sendable {
    public var number: String?
    /// Local ids of the paragraph's speakers.
    public var speakers: [String]
    /// What a reader calls them: the registry's display name, else the record's.
    public var speakerNames: [String]
    public var text: String?
    public var highlight: Range<Int>?
}

/// One appearance of a person in a meeting and why the merge counted it as that person
/// (`plenary speakers --aliases ID`).
public struct PersonAppearance: Codable, Equatable, Sendable {
    public var meetingID: String
    public var date: String
    /// The person's id inside the meeting record.
    public var local: String
    public var name: String?
    public var honorifics: [String]
    public var role: String?
    public var of: String?
    public var statements: Int
    public var reason: String
}

/// What lies across meetings, read from the index's cross-meeting tables (`CrossMeetingTables`):
/// the same answers as `Registry` and `Timeline` built from every meeting, page by page.
extension SearchIndex {
    func linkedRead<T>(_ body: @escaping (Database) throws -> T) throws(SearchError) -> T {
        try run({ try self.db.read(body) }, cancellation: { nil })
    }

    // MARK: People

    /// Every person, most statements first.
    public func people(offset: Int = 0, limit: Int? = nil) throws(SearchError) -> [RegistryPerson] {
        try linkedRead { db in
            try String.fetchAll(
                db, sql: "SELECT record FROM person ORDER BY statements DESC, id LIMIT ? OFFSET ?",
                arguments: [limit ?? -1, offset]
            ).map(CrossMeetingTables.decode)
        }
    }

    public func person(id: String) throws(SearchError) -> RegistryPerson? {
        try linkedRead { db in
            try String.fetchOne(db, sql: "SELECT record FROM person WHERE id = ?", arguments: [id]).map(CrossMeetingTables.decode)
        }
    }

    /// The people speaking for a state or organisation, most statements first.
    public func people(of affiliation: String) throws(SearchError) -> [RegistryPerson] {
        try linkedRead { db in
            try String.fetchAll(
                db, sql: "SELECT record FROM person WHERE of = ? ORDER BY statements DESC, id",
                arguments: [affiliation]
            ).map(CrossMeetingTables.decode)
        }
    }

    /// People whose name, spelling variant, id or affiliation contains `query` (`Registry.people(matching:)`).
    public func people(matching query: String) throws(SearchError) -> [RegistryPerson] {
        try Registry.filter(try people(), matching: query)
    }

    /// The registry id of a meeting's local person id.
    public func personID(meeting: String, local: String) throws(SearchError) -> String? {
        try linkedRead { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT a.person FROM linked_meeting m JOIN appearance a ON a.meeting = m.ref AND a.local = ?
                    WHERE m.id = ? ORDER BY a.position LIMIT 1
                    """, arguments: [local, meeting])
        }
    }

    /// Every statement of a person, oldest first (then meeting, then position in the meeting).
    public func statements(of personID: String, offset: Int = 0, limit: Int? = nil) throws(SearchError) -> [StatementRef] {
        try linkedRead { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.id, m.date, m.title, m.symbol, s.local, s.paragraphs, s.attribution, s.language, s.preview
                    FROM appearance a JOIN statement s ON s.meeting = a.meeting AND s.local = a.local
                    JOIN linked_meeting m ON m.ref = a.meeting
                    WHERE a.person = ? ORDER BY m.date, m.id, s.seq LIMIT ? OFFSET ?
                    """, arguments: [personID, limit ?? -1, offset]
            ).map { row in
                let paragraphs: String = row[5]
                return StatementRef(
                    meetingID: row[0], date: row[1], meetingTitle: row[2], symbol: row[3], localSpeaker: row[4],
                    paragraphs: paragraphs.split(separator: ",").compactMap { Int($0) }, attribution: row[6],
                    language: row[7], preview: row[8])
            }
        }
    }

    /// How many statements a person has (for lists that page).
    public func statementCount(of personID: String) throws(SearchError) -> Int {
        try linkedRead { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM appearance a JOIN statement s ON s.meeting = a.meeting AND s.local = a.local WHERE a.person = ?
                    """, arguments: [personID]) ?? 0
        }
    }

    /// Each appearance merged into a person, in merge order, with the merge's reason.
    public func appearances(of personID: String) throws(SearchError) -> [PersonAppearance] {
        try linkedRead { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.id, m.date, a.local, a.name, a.honorifics, a.role, a.of, a.statements, a.reason
                    FROM appearance a JOIN linked_meeting m ON m.ref = a.meeting
                    WHERE a.person = ? ORDER BY m.date, m.id, a.position
                    """, arguments: [personID]
            ).map { row in
                PersonAppearance(
                    meetingID: row[0], date: row[1], local: row[2], name: row[3], honorifics: CrossMeetingTables.split(row[4]),
                    role: row[5], of: row[6], statements: row[7], reason: row[8] ?? "")
            }
        }
    }

    /// The other people of a person's merge bucket (same affiliation and surname skeleton):
    /// the ones the merge kept apart from it.
    public func keptApart(from personID: String) throws(SearchError) -> [RegistryPerson] {
        try linkedRead { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT record FROM person WHERE bucket = (SELECT bucket FROM person WHERE id = ?) AND id <> ? ORDER BY first
                    """, arguments: [personID, personID]
            ).map(CrossMeetingTables.decode)
        }
    }

    // MARK: Citations

    /// Every cited instrument, most cited first.
    public func instruments() throws(SearchError) -> [CitedInstrument] {
        try linkedRead { db in
            var out: [CitedInstrument] = []
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT c.key, c.symbol, count(*), count(DISTINCT c.meeting), min(m.date), max(m.date)
                    FROM citation c JOIN linked_meeting m ON m.ref = c.meeting GROUP BY c.key
                    """)
            var titled: [Int] = []
            while let row = try rows.next() {
                let key: String = row[0]
                let symbol: String? = row[1]
                if symbol == nil { titled.append(out.count) }
                out.append(
                    CitedInstrument(
                        symbol: symbol, label: symbol ?? key, citations: row[2], meetings: row[3],
                        firstDate: row[4], lastDate: row[5]))
            }
            // A title-only citation is labelled as first written.
            let first = try db.makeStatement(
                sql: """
                    SELECT coalesce(c.title, c.surface) FROM citation c JOIN linked_meeting m ON m.ref = c.meeting
                    WHERE c.key = ? ORDER BY m.date, m.id, c.seq LIMIT 1
                    """)
            for i in titled {
                if let label = try String.fetchOne(first, arguments: [out[i].label]) { out[i].label = label }
            }
            out.sort { $0.citations != $1.citations ? $0.citations > $1.citations : $0.label < $1.label }
            return out
        }
    }

    /// Paragraphs citing a canonical symbol (or `title:` words), oldest first.
    public func citations(of key: String) throws(SearchError) -> [CitationRef] {
        try citationRefs(where: "c.key = ?", key)
    }

    /// Paragraphs citing Security Council resolution `number` under any year, oldest first.
    public func citations(ofResolution number: Int) throws(SearchError) -> [CitationRef] {
        try citationRefs(where: "c.resolution = ?", number)
    }

    private func citationRefs(where condition: String, _ value: any DatabaseValueConvertible & Sendable) throws(SearchError)
        -> [CitationRef]
    {
        try linkedRead { db in
            let person = try db.makeStatement(
                sql: "SELECT person FROM appearance WHERE meeting = ? AND local = ? ORDER BY position LIMIT 1")
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT c.symbol, c.surface, c.title, c.verb, m.id, m.date, m.title, m.symbol, c.paragraph, c.speakers, c.meeting
                    FROM citation c JOIN linked_meeting m ON m.ref = c.meeting
                    WHERE \(condition) ORDER BY m.date, m.id, c.paragraph, c.seq
                    """, arguments: [value]
            ).map { row in
                let ref: Int64 = row[10]
                let people = try CrossMeetingTables.split(row[9]).compactMap { local in
                    try String.fetchOne(person, arguments: [ref, local])
                }
                return CitationRef(
                    symbol: row[0], surface: row[1], title: row[2], verb: row[3], meetingID: row[4], date: row[5],
                    meetingTitle: row[6], meetingSymbol: row[7], paragraph: row[8], people: people)
            }
        }
    }

    /// What a meeting's record says of one of its people (for a speaker without a registry entry).
    public func meetingPerson(meeting: String, local: String) throws(SearchError) -> Person? {
        try linkedRead { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT a.local, a.name, a.honorifics, a.role, a.raw_of FROM linked_meeting m JOIN appearance a ON a.meeting = m.ref
                    WHERE m.id = ? AND a.local = ? ORDER BY a.position LIMIT 1
                    """, arguments: [meeting, local]
            ).map { row in
                Person(id: row[0], name: row[1], honorifics: CrossMeetingTables.split(row[2]), role: row[3], of: row[4])
            }
        }
    }

    /// The local ids of a paragraph's speakers, as its meeting record lists them.
    public func paragraphSpeakers(meeting: String, paragraph: Int) throws(SearchError) -> [String] {
        try linkedRead { db in
            CrossMeetingTables.split(
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT p.speakers FROM paragraph p WHERE p.meeting = (SELECT ref FROM linked_meeting WHERE id = ? LIMIT 1) AND p.block = ? LIMIT 1
                        """, arguments: [meeting, paragraph]))
        }
    }

    /// What each citing paragraph shows, in the order of `refs`: its printed number, text,
    /// speakers (local ids and display names) and the span of the first citation written as
    /// the ref's surface in it. One read; no meeting file is opened.
    public func citingParagraphs(_ refs: [CitationRef]) throws(SearchError) -> [CitingParagraph] {
        try linkedRead { db in
            let paragraph = try db.makeStatement(
                sql: """
                    SELECT m.ref, t.number, t.text, p.speakers,
                           (SELECT c.start || ' ' || c."end" FROM citation c WHERE c.meeting = m.ref AND c.paragraph = t.paragraph
                            AND c.surface = ? ORDER BY c.seq LIMIT 1)
                    FROM linked_meeting m JOIN cited_paragraph t ON t.meeting = m.ref AND t.paragraph = ?
                    LEFT JOIN paragraph p ON p.meeting = m.ref AND p.block = t.paragraph
                    WHERE m.id = ? LIMIT 1
                    """)
            let speaker = try db.makeStatement(
                sql: """
                    SELECT p.record, a.local, a.name, a.honorifics, a.role, a.raw_of, p.id FROM appearance a LEFT JOIN person p ON p.id = a.person
                    WHERE a.meeting = ? AND a.local = ? ORDER BY a.position LIMIT 1
                    """)
            var names: [String: String] = [:]
            // A registry person's record is decoded once however many meetings cite through them.
            var registryNames: [String: String] = [:]
            return try refs.map { ref in
                guard let row = try Row.fetchOne(paragraph, arguments: [ref.surface, ref.paragraph, ref.meetingID]) else {
                    return CitingParagraph(number: nil, speakers: [], speakerNames: [], text: nil, highlight: nil)
                }
                let meeting: Int64 = row[0]
                let locals = CrossMeetingTables.split(row[3])
                let display = try locals.map { local -> String in
                    let key = "\(meeting)|\(local)"
                    if let known = names[key] { return known }
                    var name = local
                    if let a = try Row.fetchOne(speaker, arguments: [meeting, local]) {
                        if let id: String = a[6], let known = registryNames[id] {
                            name = known
                        } else if let record: String = a[0] {
                            name = try CrossMeetingTables.decode(record).displayName
                            if let id: String = a[6] { registryNames[id] = name }
                        } else {
                            name =
                                Person(id: a[1], name: a[2], honorifics: CrossMeetingTables.split(a[3]), role: a[4], of: a[5]).displayName
                        }
                    }
                    names[key] = name
                    return name
                }
                let span = (row[4] as String?)?.split(separator: " ").compactMap { Int($0) }
                return CitingParagraph(
                    number: row[1], speakers: locals, speakerNames: display, text: row[2],
                    highlight: span.flatMap { $0.count == 2 && $0[0] <= $0[1] ? $0[0]..<$0[1] : nil })
            }
        }
    }

    /// What a reader calls a meeting's person: the registry's display name, else the record's.
    public func speakerName(meeting: String, local: String) throws(SearchError) -> String {
        if let id = try personID(meeting: meeting, local: local), let person = try person(id: id) { return person.displayName }
        return try meetingPerson(meeting: meeting, local: local)?.displayName ?? local
    }

    // MARK: Meetings

    /// Meetings, newest first (then by id), that `filter` keeps.
    public func meetings(where filter: (LinkedMeeting) -> Bool = { _ in true }) throws(SearchError) -> [LinkedMeeting] {
        try meetingRows().filter { filter($0.meeting) }.map(\.meeting)
    }

    /// Meetings newest first; `from`/`through` (`YYYY`, `YYYY-MM` or a day, the later one
    /// inclusive of its whole year or month) narrow them in SQL before any row is read.
    private func meetingRows(from: String? = nil, through: String? = nil) throws(SearchError) -> [(ref: Int64, meeting: LinkedMeeting)] {
        var out: [(ref: Int64, meeting: LinkedMeeting)] = []
        try forEachMeeting(from: from, through: through, reserve: { out.reserveCapacity($0) }) { out.append(($0, $1)) }
        return out
    }

    /// Each meeting newest first, as `meetingRows` lists them, without holding them: `reserve`
    /// learns the count first when there is no date window.
    private func forEachMeeting(
        from: String?, through: String?, reserve: @escaping (Int) -> Void = { _ in }, _ each: @escaping (Int64, LinkedMeeting) -> Void
    ) throws(SearchError) {
        try linkedRead { db in
            // Room for every row up front: tens of thousands of meetings would regrow an array many times.
            if from == nil && through == nil { reserve(try Int.fetchOne(db, sql: "SELECT count(*) FROM linked_meeting") ?? 0) }
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let from { conditions.append("date >= ?"); arguments.append(from) }
            if let through { conditions.append("substr(date, 1, ?) <= ?"); arguments += [through.count, through] }
            let condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            var organization: String?, body: String?
            try RawRows.forEach(
                db, sql: "SELECT ref, id, date, title, symbol, org, body FROM linked_meeting \(condition) ORDER BY date DESC, id",
                arguments: StatementArguments(arguments)
            ) { row in
                organization = row.text(5, reusing: organization)
                body = row.text(6, reusing: body)
                each(
                    row.int64(0),
                    LinkedMeeting(
                        id: row.text(1) ?? "", date: row.text(2) ?? "", title: row.text(3) ?? "", symbol: row.text(4),
                        organization: organization, body: body))
            }
        }
    }

    /// The timeline of the meetings `filter` keeps (and `from`/`through`, applied in SQL first),
    /// with the events and resolutions those meetings refer to (`Timeline.build` over the
    /// same meetings), and how many meetings.
    public func timeline(
        from: String? = nil, through: String? = nil, where filter: @escaping (LinkedMeeting) -> Bool = { _ in true },
        resolutionDates: [String: String] = [:]
    ) throws(SearchError) -> (timeline: Timeline, meetings: Int) {
        // The kept meetings become sources as they are read (their references added below):
        // no list of rows held beside them.
        var refs: [Int64] = [], sources: [Timeline.Source] = []
        var read = 0
        try forEachMeeting(
            from: from, through: through,
            reserve: {
                refs.reserveCapacity($0)
                sources.reserveCapacity($0)
            }
        ) { ref, meeting in
            read += 1
            guard filter(meeting) else { return }
            refs.append(ref)
            sources.append(
                Timeline.Source(id: meeting.id, date: meeting.date, title: meeting.title, symbol: meeting.symbol, events: [], citations: [])
            )
        }
        // Without a date window every meeting read is every meeting: no second count needed.
        let everything = from == nil && through == nil && sources.count == read
        var events: [Int64: [ReferencedEvent]] = [:]
        var citations: [Int64: [(symbol: String, paragraph: Int)]] = [:]
        let wanted = everything ? [] : Set(refs)
        // A few meetings: their rows by key; many: one pass over every row.
        if !everything && refs.count < 2000 {
            try linkedRead { db in
                let e = try db.makeStatement(sql: "SELECT date, label, paragraph FROM event WHERE meeting = ? ORDER BY seq")
                let c = try db.makeStatement(
                    sql: "SELECT symbol, paragraph FROM citation WHERE meeting = ? AND symbol IS NOT NULL ORDER BY seq")
                for ref in refs {
                    let found = try Row.fetchAll(e, arguments: [ref]).map {
                        ReferencedEvent(date: $0[0], label: $0[1], paragraph: $0[2] ?? 0)
                    }
                    if !found.isEmpty { events[ref] = found }
                    let cited = try Row.fetchAll(c, arguments: [ref]).map { (symbol: $0[0] as String, paragraph: $0[1] as Int) }
                    if !cited.isEmpty { citations[ref] = cited }
                }
            }
        } else {
            try linkedRead { db in
                let e = try Row.fetchCursor(db, sql: "SELECT meeting, date, label, paragraph FROM event ORDER BY meeting, seq")
                while let row = try e.next() {
                    let ref: Int64 = row[0]
                    guard everything || wanted.contains(ref) else { continue }
                    events[ref, default: []].append(ReferencedEvent(date: row[1], label: row[2], paragraph: row[3] ?? 0))
                }
                let c = try Row.fetchCursor(
                    db, sql: "SELECT meeting, symbol, paragraph FROM citation WHERE symbol IS NOT NULL ORDER BY meeting, seq")
                while let row = try c.next() {
                    let ref: Int64 = row[0]
                    guard everything || wanted.contains(ref) else { continue }
                    citations[ref, default: []].append((row[1], row[2]))
                }
            }
        }
        if !events.isEmpty || !citations.isEmpty {
            for i in refs.indices {
                if let found = events[refs[i]] { sources[i].events = found }
                if let cited = citations[refs[i]] { sources[i].citations = cited }
            }
        }
        return (Timeline.build(sources: sources, resolutionDates: resolutionDates), sources.count)
    }

    /// The meeting of the same body (or, without a body, the same organisation) just before
    /// `meeting` (`MeetingComparison.previous`).
    public func previousMeeting(of meeting: Meeting) throws(SearchError) -> String? {
        try linkedRead { db in
            // The Security Council's series are its agenda items, the record's title (as MeetingComparison.previous).
            if meeting.symbol?.hasPrefix("S/PV.") == true {
                return try String.fetchOne(
                    db,
                    sql: """
                        SELECT id FROM linked_meeting WHERE body IS ? AND title = ? AND id <> ? AND (date < ? OR (date = ? AND id < ?))
                        ORDER BY date DESC, id DESC LIMIT 1
                        """, arguments: [meeting.body, meeting.title, meeting.id, meeting.date, meeting.date, meeting.id])
            }
            if let body = meeting.body {
                return try String.fetchOne(
                    db,
                    sql: """
                        SELECT id FROM linked_meeting WHERE body = ? AND id <> ? AND (date < ? OR (date = ? AND id < ?))
                        ORDER BY date DESC, id DESC LIMIT 1
                        """, arguments: [body, meeting.id, meeting.date, meeting.date, meeting.id])
            }
            guard let organization = meeting.organization else { return nil }
            return try String.fetchOne(
                db,
                sql: """
                    SELECT id FROM linked_meeting WHERE body IS NULL AND org = ? AND id <> ? AND (date < ? OR (date = ? AND id < ?))
                    ORDER BY date DESC, id DESC LIMIT 1
                    """, arguments: [organization, meeting.id, meeting.date, meeting.date, meeting.id])
        }
    }

    /// Meetings a country attended, by ISO3 code, newest first.
    public func meetings(attendedBy code: String) throws(SearchError) -> [LinkedMeeting] {
        try linkedRead { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.id, m.date, m.title, m.symbol, m.org, m.body FROM attendance t JOIN linked_meeting m ON m.ref = t.meeting
                    WHERE t.country = ? ORDER BY m.date DESC, m.id
                    """, arguments: [code]
            ).map { row in
                LinkedMeeting(id: row[0], date: row[1], title: row[2], symbol: row[3], organization: row[4], body: row[5])
            }
        }
    }

    // MARK: Text

    /// The text of blocks of a meeting, read from its file (the index keeps no text), in
    /// block order; blocks the file no longer has are left out.
    public func paragraphTexts(meeting id: String, blocks: [Int]) throws(SearchError) -> [Int: String] {
        guard
            let (path, modified) = try linkedRead({ db -> (String, Int64)? in
                try Row.fetchOne(
                    db, sql: "SELECT path, modified FROM meeting WHERE ref = (SELECT ref FROM linked_meeting WHERE id = ? LIMIT 1)",
                    arguments: [id]
                ).map { ($0[0], $0[1]) }
            })
        else { return [:] }
        var out: [Int: String] = [:]
        for block in Set(blocks) {
            if let text = snippets.text(root: store.root, path: path, modified: modified, block: block) { out[block] = text }
        }
        return out
    }
}
