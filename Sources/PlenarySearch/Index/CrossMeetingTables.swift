import Foundation
import GRDB
import PlenaryModel
import PlenaryRegistry

/// The tables of the search index that answer what lies across meetings — people, their
/// statements, citations, events, attendance, meeting summaries — so that `plenary speakers`,
/// `show person:`, `citations`, `show S/RES/…`, `timeline`, `compare` and the browser's
/// linked screens read pages of rows instead of every meeting. Written in the same
/// transaction as a meeting's paragraphs (so the same change detection keeps both current),
/// never the truth: `plenary reindex` rebuilds them from the meeting files.
///
/// People are merged by `PersonMerge` as a last step of every write (`upkeep`): only the
/// buckets (affiliation + surname skeleton, or office) that the written meetings touch are
/// merged again, and ids are renumbered only among people sharing a base id.
enum CrossMeetingTables {
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE linked_meeting(ref INTEGER PRIMARY KEY, id TEXT NOT NULL, date TEXT NOT NULL, title TEXT NOT NULL,
                    symbol TEXT, org TEXT, body TEXT);
                -- one person of one meeting; person is the registry id, reason why the merge put it there
                CREATE TABLE appearance(meeting INTEGER NOT NULL, position INTEGER NOT NULL, local TEXT NOT NULL, name TEXT,
                    honorifics TEXT NOT NULL, role TEXT, raw_of TEXT, of TEXT, statements INTEGER NOT NULL,
                    president_month TEXT, bucket TEXT NOT NULL, person TEXT, reason TEXT, PRIMARY KEY(meeting, position));
                -- first: the merge-order key of the person's first appearance, for numbering ids that share a base
                CREATE TABLE person(id TEXT PRIMARY KEY, bucket TEXT NOT NULL, base TEXT NOT NULL, first TEXT NOT NULL,
                    statements INTEGER NOT NULL, of TEXT, record TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE statement(meeting INTEGER NOT NULL, seq INTEGER NOT NULL, local TEXT NOT NULL, paragraphs TEXT NOT NULL,
                    attribution TEXT, language TEXT, preview TEXT NOT NULL, PRIMARY KEY(meeting, seq)) WITHOUT ROWID;
                -- key: the canonical symbol, or "title:" and the words of a title-only citation
                CREATE TABLE citation(meeting INTEGER NOT NULL, seq INTEGER NOT NULL, paragraph INTEGER NOT NULL, key TEXT NOT NULL,
                    symbol TEXT, surface TEXT NOT NULL, title TEXT, verb TEXT, speakers TEXT NOT NULL, resolution INTEGER,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    PRIMARY KEY(meeting, seq)) WITHOUT ROWID;
                -- the text of each paragraph that cites something, so a resolution's citing paragraphs need no meeting file
                CREATE TABLE cited_paragraph(meeting INTEGER NOT NULL, paragraph INTEGER NOT NULL, number TEXT, text TEXT NOT NULL,
                    PRIMARY KEY(meeting, paragraph)) WITHOUT ROWID;
                CREATE TABLE event(meeting INTEGER NOT NULL, seq INTEGER NOT NULL, date TEXT NOT NULL, label TEXT NOT NULL,
                    paragraph INTEGER, PRIMARY KEY(meeting, seq)) WITHOUT ROWID;
                CREATE TABLE attendance(meeting INTEGER NOT NULL, country TEXT NOT NULL, PRIMARY KEY(meeting, country)) WITHOUT ROWID;
                CREATE TABLE dirty_bucket(bucket TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE dirty_month(month TEXT PRIMARY KEY) WITHOUT ROWID;
                """)
    }

    /// The indexes, made after a build's rows are in (their pages then lie together at the
    /// end of the file, so a scan reads them in a few long runs) and kept by every update.
    /// `linked_meeting_order` covers what lists and timelines read of a meeting.
    static func createIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX IF NOT EXISTS linked_meeting_id ON linked_meeting(id);
                CREATE INDEX IF NOT EXISTS linked_meeting_order ON linked_meeting(date DESC, id, title, symbol, org, body);
                CREATE INDEX IF NOT EXISTS linked_meeting_body ON linked_meeting(body, date, id);
                CREATE INDEX IF NOT EXISTS linked_meeting_org ON linked_meeting(org, date, id);
                CREATE INDEX IF NOT EXISTS appearance_local ON appearance(meeting, local);
                CREATE INDEX IF NOT EXISTS appearance_bucket ON appearance(bucket);
                CREATE INDEX IF NOT EXISTS appearance_person ON appearance(person);
                CREATE INDEX IF NOT EXISTS appearance_month ON appearance(president_month) WHERE president_month IS NOT NULL;
                CREATE INDEX IF NOT EXISTS person_rank ON person(statements DESC, id);
                CREATE INDEX IF NOT EXISTS person_of ON person(of, statements DESC, id);
                CREATE INDEX IF NOT EXISTS person_bucket ON person(bucket);
                CREATE INDEX IF NOT EXISTS person_base ON person(base);
                CREATE INDEX IF NOT EXISTS statement_local ON statement(meeting, local);
                CREATE INDEX IF NOT EXISTS citation_key ON citation(key);
                CREATE INDEX IF NOT EXISTS citation_resolution ON citation(resolution) WHERE resolution IS NOT NULL;
                CREATE INDEX IF NOT EXISTS attendance_country ON attendance(country);
                """)
    }

    static let securityCouncil = "Security Council"

    /// Prepared statements for the meetings of one write transaction.
    final class Writer {
        let db: Database
        let meeting: GRDB.Statement
        let appearance: GRDB.Statement
        let statement: GRDB.Statement
        let citation: GRDB.Statement
        let event: GRDB.Statement
        let citedText: GRDB.Statement
        let attendance: GRDB.Statement
        let dirtyBucket: GRDB.Statement
        let dirtyMonth: GRDB.Statement

        init(_ db: Database) throws {
            self.db = db
            meeting = try db.makeStatement(
                sql: "INSERT INTO linked_meeting(ref, id, date, title, symbol, org, body) VALUES (?, ?, ?, ?, ?, ?, ?)")
            appearance = try db.makeStatement(
                sql: """
                    INSERT INTO appearance(meeting, position, local, name, honorifics, role, raw_of, of, statements, president_month, bucket)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            statement = try db.makeStatement(
                sql: "INSERT INTO statement(meeting, seq, local, paragraphs, attribution, language, preview) VALUES (?, ?, ?, ?, ?, ?, ?)")
            citation = try db.makeStatement(
                sql: """
                    INSERT INTO citation(meeting, seq, paragraph, key, symbol, surface, title, verb, speakers, resolution, start, "end")
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            event = try db.makeStatement(sql: "INSERT INTO event(meeting, seq, date, label, paragraph) VALUES (?, ?, ?, ?, ?)")
            citedText = try db.makeStatement(
                sql: "INSERT OR IGNORE INTO cited_paragraph(meeting, paragraph, number, text) VALUES (?, ?, ?, ?)")
            attendance = try db.makeStatement(sql: "INSERT OR IGNORE INTO attendance(meeting, country) VALUES (?, ?)")
            dirtyBucket = try db.makeStatement(sql: "INSERT OR IGNORE INTO dirty_bucket(bucket) VALUES (?)")
            dirtyMonth = try db.makeStatement(sql: "INSERT OR IGNORE INTO dirty_month(month) VALUES (?)")
        }

        /// Writes the rows of one meeting (`ref` is its row in the index's `meeting` table).
        func insert(ref: Int64, _ meeting: Meeting) throws {
            try self.meeting.execute(arguments: [
                ref, meeting.id, meeting.date, meeting.title, meeting.symbol, meeting.organization, meeting.body,
            ])
            let digest = MeetingDigest(meeting)
            var counts: [String: Int] = [:]
            for s in digest.statements { counts[s.speaker, default: 0] += 1 }
            let councilMonth = meeting.body == CrossMeetingTables.securityCouncil ? String(meeting.date.prefix(7)) : nil
            for (position, person) in meeting.people.enumerated() {
                let month = person.name == nil && person.role == "President" ? councilMonth : nil
                let a = PersonMerge.Appearance(
                    meetingID: meeting.id, date: meeting.date, position: position, local: person.id,
                    name: person.name, honorifics: person.honorifics, role: person.role, of: person.of,
                    statements: counts[person.id] ?? 0)
                let bucket = PersonMerge.bucket(of: a)
                try appearance.execute(arguments: [
                    ref, position, person.id, person.name, CrossMeetingTables.joined(person.honorifics),
                    person.role, person.of, person.of, a.statements, month, bucket,
                ])
                try dirtyBucket.execute(arguments: [bucket])
                if let month { try dirtyMonth.execute(arguments: [month]) }
            }
            for (seq, s) in digest.statements.enumerated() {
                try statement.execute(arguments: [
                    ref, seq, s.speaker, s.paragraphs.map(String.init).joined(separator: ","),
                    s.attribution, s.language, s.preview,
                ])
            }
            let spans = meeting.paragraphs.flatMap { p in p.citations.map { ($0.start, $0.end) } }
            for (seq, c) in digest.citations.enumerated() {
                try citation.execute(arguments: [
                    ref, seq, c.paragraph, CrossMeetingTables.key(symbol: c.symbol, title: c.title, surface: c.surface),
                    c.symbol, c.surface, c.title, c.verb, CrossMeetingTables.joined(c.speakers),
                    c.symbol.flatMap(Registry.resolutionNumber), spans[seq].0, spans[seq].1,
                ])
            }
            for p in meeting.paragraphs where !p.citations.isEmpty {
                try citedText.execute(arguments: [ref, p.index, p.number, p.text])
            }
            for (seq, e) in meeting.events.enumerated() {
                try event.execute(arguments: [ref, seq, e.date, e.label, e.paragraph])
            }
            for item in meeting.attendance {
                if let code = item.country { try attendance.execute(arguments: [ref, code]) }
            }
        }
    }

    /// Removes the rows of a meeting whose file changed or went away; its people's buckets
    /// are merged again by the next `upkeep`.
    static func remove(_ db: Database, ref: Int64) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO dirty_bucket(bucket) SELECT bucket FROM appearance WHERE meeting = ?", arguments: [ref])
        try db.execute(
            sql:
                "INSERT OR IGNORE INTO dirty_month(month) SELECT president_month FROM appearance WHERE meeting = ? AND president_month IS NOT NULL",
            arguments: [ref])
        for table in [
            "linked_meeting WHERE ref", "appearance WHERE meeting", "statement WHERE meeting", "citation WHERE meeting",
            "cited_paragraph WHERE meeting",
            "event WHERE meeting", "attendance WHERE meeting",
        ] {
            try db.execute(sql: "DELETE FROM \(table) = ?", arguments: [ref])
        }
    }

    // MARK: Upkeep

    /// Links Security Council presidents of the changed months, then merges the people of
    /// every bucket a written or removed meeting touched. Deterministic: the result is the
    /// one `Registry.build` gives over all meetings.
    static func upkeep(_ db: Database) throws {
        try createIndexes(db)
        try linkPresidents(db)
        let dirty = try String.fetchAll(db, sql: "SELECT bucket FROM dirty_bucket")
        guard !dirty.isEmpty else { return }
        try db.execute(sql: "DELETE FROM dirty_bucket")
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS upkeep_bucket(bucket TEXT PRIMARY KEY) WITHOUT ROWID")
        try db.execute(sql: "DELETE FROM upkeep_bucket")
        let mark = try db.makeStatement(sql: "INSERT INTO upkeep_bucket(bucket) VALUES (?)")
        for b in dirty { try mark.execute(arguments: [b]) }

        // The appearances of the dirty buckets, in merge order.
        var appearances: [PersonMerge.Appearance] = []
        var locations: [(meeting: Int64, position: Int)] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT a.meeting, a.position, a.local, a.name, a.honorifics, a.role, a.of, a.statements, m.id, m.date
                FROM appearance a JOIN linked_meeting m ON m.ref = a.meeting
                WHERE a.bucket IN (SELECT bucket FROM upkeep_bucket)
                ORDER BY m.date, m.id, a.position
                """)
        while let row = try rows.next() {
            appearances.append(
                PersonMerge.Appearance(
                    meetingID: row[8], date: row[9], position: row[1], local: row[2], name: row[3],
                    honorifics: split(row[4]), role: row[5], of: row[6], statements: row[7]))
            locations.append((row[0], row[1]))
        }
        let clusters = PersonMerge.merge(appearances)

        // Bases whose numbering may change: those of the people replaced and of the new ones.
        var bases = Set(try String.fetchAll(db, sql: "SELECT DISTINCT base FROM person WHERE bucket IN (SELECT bucket FROM upkeep_bucket)"))
        try db.execute(sql: "DELETE FROM person WHERE bucket IN (SELECT bucket FROM upkeep_bucket)")
        struct Entry {
            var first: String
            var base: String
            var bucket: String
            var person: RegistryPerson?
            /// For a kept person: its id before renumbering; for a new one, its cluster.
            var oldID: String?
            var cluster: Int?
        }
        var entries: [Entry] = []
        for (i, c) in clusters.enumerated() {
            let a = appearances[c.members[0]]
            bases.insert(c.baseID)
            entries.append(
                Entry(first: firstKey(a), base: c.baseID, bucket: PersonMerge.bucket(of: a), person: nil, oldID: nil, cluster: i))
        }
        // People of clean buckets that share a base with a changed one keep their merge but
        // may move in the numbering.
        let kept = try db.makeStatement(sql: "SELECT id, bucket, first, record FROM person WHERE base = ?")
        for base in bases {
            let rows = try Row.fetchAll(kept, arguments: [base])
            for row in rows {
                let record: String = row[3]
                entries.append(Entry(first: row[2], base: base, bucket: row[1], person: try decode(record), oldID: row[0], cluster: nil))
            }
            try db.execute(sql: "DELETE FROM person WHERE base = ?", arguments: [base])
        }
        entries.sort { $0.first < $1.first }
        let ids = PersonMerge.ids(entries.map(\.base))

        let insert = try db.makeStatement(
            sql: "INSERT INTO person(id, bucket, base, first, statements, of, record) VALUES (?, ?, ?, ?, ?, ?, ?)")
        let assign = try db.makeStatement(sql: "UPDATE appearance SET person = ?, reason = ? WHERE meeting = ? AND position = ?")
        let rename = try db.makeStatement(sql: "UPDATE appearance SET person = ? WHERE bucket = ? AND person = ?")
        var renamedBuckets = Set<String>()
        for (entry, id) in zip(entries, ids) {
            var person: RegistryPerson
            if let c = entry.cluster {
                person = clusters[c].person(id: id)
                for (m, reason) in zip(clusters[c].members, clusters[c].reasons) {
                    try assign.execute(arguments: [id, reason, locations[m].meeting, locations[m].position])
                }
            } else {
                person = entry.person!
                person.id = id
                if entry.oldID != id {
                    // Marked first, so that two people of one bucket can swap ids.
                    try rename.execute(arguments: ["\u{1}" + id, entry.bucket, entry.oldID!])
                    renamedBuckets.insert(entry.bucket)
                }
            }
            try insert.execute(arguments: [id, entry.bucket, entry.base, entry.first, person.statements, person.of, try encode(person)])
        }
        for bucket in renamedBuckets {
            try db.execute(
                sql: "UPDATE appearance SET person = substr(person, 2) WHERE bucket = ? AND substr(person, 1, 1) = char(1)",
                arguments: [bucket])
        }
    }

    /// `Registry.linkPresidents` for the months whose Security Council records changed: an
    /// unnamed "The President" takes the month's presiding member when its records name one.
    private static func linkPresidents(_ db: Database) throws {
        let months = try String.fetchAll(db, sql: "SELECT month FROM dirty_month")
        guard !months.isEmpty else { return }
        try db.execute(sql: "DELETE FROM dirty_month")
        let named = try db.makeStatement(sql: "SELECT DISTINCT raw_of FROM appearance WHERE president_month = ? AND raw_of IS NOT NULL")
        let unnamed = try db.makeStatement(
            sql:
                "SELECT meeting, position, of, bucket, local, name, honorifics, role, statements FROM appearance WHERE president_month = ? AND raw_of IS NULL"
        )
        let update = try db.makeStatement(sql: "UPDATE appearance SET of = ?, bucket = ? WHERE meeting = ? AND position = ?")
        let dirty = try db.makeStatement(sql: "INSERT OR IGNORE INTO dirty_bucket(bucket) VALUES (?)")
        for month in months {
            let codes = try String.fetchAll(named, arguments: [month])
            let of: String? = codes.count == 1 ? codes[0] : nil
            for row in try Row.fetchAll(unnamed, arguments: [month]) {
                let current: String? = row[2]
                guard current != of else { continue }
                let a = PersonMerge.Appearance(
                    meetingID: "", date: "", position: row[1], local: row[4], name: row[5],
                    honorifics: split(row[6]), role: row[7], of: of, statements: row[8])
                let bucket = PersonMerge.bucket(of: a)
                try update.execute(arguments: [of, bucket, row[0], row[1]])
                try dirty.execute(arguments: [row[3] as String])
                try dirty.execute(arguments: [bucket])
            }
        }
    }

    // MARK: Values

    /// The merge-order key of an appearance as text that sorts the same way.
    static func firstKey(_ a: PersonMerge.Appearance) -> String {
        a.date + "\u{1F}" + a.meetingID + "\u{1F}" + String(format: "%08d", a.position)
    }

    static func key(symbol: String?, title: String?, surface: String) -> String {
        symbol ?? "title:" + (title ?? surface).lowercased()
    }

    static func joined(_ values: [String]) -> String { values.joined(separator: "\n") }

    static func split(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func encode(_ person: RegistryPerson) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(person), as: UTF8.self)
    }

    static func decode(_ record: String) throws -> RegistryPerson {
        try JSONDecoder().decode(RegistryPerson.self, from: Data(record.utf8))
    }
}
