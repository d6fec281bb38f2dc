import Foundation
import GRDB
import PlenaryModel
import PlenaryStore

/// Reads meeting files and writes their paragraphs into the index tables.
enum IndexWriter {
    /// A meeting file read for indexing; `document` is `nil` when the file does not parse or validate.
    struct Prepared: Sendable {
        var file: MeetingFile
        var document: IndexDocument?
    }

    static func prepare(_ files: [MeetingFile], root: URL, countries: (any CountryResolving)?) -> [Prepared] {
        Parallel.map(files, threshold: 8) { file in
            Prepared(file: file, document: read(file, root: root).map { IndexDocument($0) { countries?.countryName(for: $0) } })
        }
    }

    static func read(_ file: MeetingFile, root: URL) -> Meeting? {
        guard let data = try? Data(contentsOf: root.appendingPathComponent(file.relativePath)),
            let meeting = try? RecordCoding.decode(Meeting.self, from: data),
            MeetingValidator.validate(meeting).isEmpty
        else { return nil }
        return meeting
    }

    /// Prepared statements of one write transaction, plus the per-day rowid slots.
    final class Session {
        let db: Database
        let insertMeeting: GRDB.Statement
        let insertParagraph: GRDB.Statement
        let insertText: GRDB.Statement
        let insertName: GRDB.Statement
        let linked: CrossMeetingTables.Writer
        var nextSlot: [Int64: Int64] = [:]
        /// Words of the `raw` columns written in this session, recorded by `finish`; `nil` when
        /// the session is a whole build, whose terms are read from FTS5 at the end (`IndexBuilder`).
        var exactWords: Set<String>?

        init(_ db: Database, wholeBuild: Bool = false) throws {
            self.db = db
            exactWords = wholeBuild ? nil : []
            insertMeeting = try db.makeStatement(
                sql: """
                    INSERT INTO meeting(id, path, size, modified, date, org, body, title, first, count, people)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            insertParagraph = try db.makeStatement(
                sql: "INSERT INTO paragraph(rowid, meeting, block, number, speakers) VALUES (?, ?, ?, ?, ?)")
            insertText = try db.makeStatement(sql: "INSERT INTO fts(rowid, text, raw, speaker, body, tags) VALUES (?, ?, ?, ?, ?, ?)")
            insertName = try db.makeStatement(sql: "INSERT OR IGNORE INTO country_name(name, code) VALUES (?, ?)")
            linked = try CrossMeetingTables.Writer(db)
        }

        /// The first rowid for `count` paragraphs on `day`. Slots are never reused: rows of a
        /// changed meeting stay in the contentless FTS table (see `IndexUpdater`).
        func allocate(day: Int64, count: Int) throws -> Int64? {
            let next: Int64
            if let cached = nextSlot[day] {
                next = cached
            } else {
                next = try Int64.fetchOne(db, sql: "SELECT next FROM day_slot WHERE day = ?", arguments: [day]) ?? 0
            }
            guard next + Int64(count) < RowKey.slotsPerDay else { return nil }
            nextSlot[day] = next + Int64(count)
            return RowKey.firstRow(ofDay: day) + next
        }

        /// Saves what the session kept to write once: the per-day rowid slots and the exact terms.
        func finish() throws {
            let statement = try db.makeStatement(sql: "INSERT OR REPLACE INTO day_slot(day, next) VALUES (?, ?)")
            for (day, next) in nextSlot { try statement.execute(arguments: [day, next]) }
            if let exactWords { try ExactTerms.record(exactWords, db) }
        }

        /// Writes one meeting; returns `false` when its day has no rowids left (rebuild needed).
        func insert(_ prepared: Prepared) throws -> Bool {
            let file = prepared.file
            guard let document = prepared.document, let day = RowKey.day(document.meeting.date) else {
                try insertMeeting.execute(arguments: [
                    file.id, file.relativePath, file.size, file.modified,
                    nil, nil, nil, nil, nil, 0, nil,
                ])
                return true
            }
            let meeting = document.meeting
            let count = document.rows.count
            guard let first = try allocate(day: day, count: count) else { return false }
            try insertMeeting.execute(arguments: [
                file.id, file.relativePath, file.size, file.modified,
                meeting.date, meeting.organization, meeting.body, meeting.title,
                count > 0 ? first : nil, count, document.people,
            ])
            let ref = db.lastInsertedRowID
            try linked.insert(ref: ref, meeting)
            exactWords?.formUnion(document.exactWords)
            let body = meeting.body ?? ""
            for (offset, row) in document.rows.enumerated() {
                let rowid = first + Int64(offset)
                try insertParagraph.execute(arguments: [rowid, ref, row.block, row.number, row.speakers.isEmpty ? nil : row.speakers])
                try insertText.execute(arguments: [rowid, row.text, row.raw, row.speakerNames, body, row.tags])
            }
            for (name, code) in document.countryNames where !name.isEmpty {
                try insertName.execute(arguments: [name, code])
            }
            return true
        }
    }

    /// Order-independent digest of the meeting files' paths, sizes and times: equal digests
    /// mean nothing changed, so an up-to-date index is confirmed without reading its tables.
    static func fingerprint(_ files: [MeetingFile]) -> String {
        var sum: UInt64 = 0
        for file in files { sum = sum &+ fileHash(file.relativePath, size: file.size, modified: file.modified) }
        return "\(files.count):\(sum)"
    }

    /// One file's share of the fingerprint (`StoreFingerprint` computes the same from `stat`).
    static func fileHash(_ relativePath: String, size: Int64, modified: Int64) -> UInt64 {
        var hash = fnvStart
        for byte in relativePath.utf8 { hash = fnv(hash, byte) }
        hash = fnv(hash, value: UInt64(bitPattern: size))
        return fnv(hash, value: UInt64(bitPattern: modified))
    }

    static let fnvStart: UInt64 = 0xcbf29ce484222325

    @inline(__always)
    static func fnv(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100000001b3 }

    @inline(__always)
    static func fnv(_ hash: UInt64, value: UInt64) -> UInt64 {
        var h = hash, v = value
        for _ in 0..<8 { h = fnv(h, UInt8(v & 0xff)); v >>= 8 }
        return h
    }

    static func setMeta(_ db: Database, _ key: String, _ value: (any DatabaseValueConvertible)?) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }

    static func meta(_ db: Database, _ key: String) throws -> DatabaseValue {
        try DatabaseValue.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) ?? .null
    }
}
