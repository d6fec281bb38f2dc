import Foundation
import PlenaryModel
import PlenaryRegistry
import PlenaryStore
@testable import PlenarySearch
import PlenaryTestSupport
import XCTest

/// The cross-meeting tables answer what `Registry` and `Timeline` built from every meeting
/// answer, after a build and after files are added, rewritten and removed behind the index's back.
final class CrossMeetingTablesTests: XCTestCase {
    var root: URL!
    var store: Store!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-linked-\(UUID().uuidString)")
        store = try Store.create(root)
        for m in Self.meetings() { try store.save(m) }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    static func council(_ id: String, _ date: String, _ people: [Person], cites: [String] = [], events: [ReferencedEvent] = []) -> Meeting {
        var paragraphs: [Paragraph] = []
        var statements: [Statement] = []
        for (i, p) in people.enumerated() {
            let citations =
                cites.map { Citation(symbol: $0, surface: $0, start: 0, end: 1, verb: "recalling", rule: "test", resolved: true) }
                + (i == 0
                    ? [
                        Citation(
                            symbol: nil, surface: "the Charter", start: 0, end: 1, rule: "test", resolved: false,
                            title: "Charter of the United Nations")
                    ] : [])
            paragraphs.append(
                Paragraph(
                    index: i + 1, text: "Statement \(i) by \(p.name ?? "the president") on the situation.",
                    speakers: [p.id], citations: citations))
            statements.append(Statement(speaker: p.id, paragraphs: [i + 1], mode: .direct, attribution: p.name))
        }
        return Meeting(
            id: id, title: "Meeting \(id)", date: date, organization: "UN", body: "Security Council", symbol: "S/PV.\(id.suffix(4))",
            attendance: people.compactMap(\.of).map { Attendance(country: $0, asWritten: $0, paragraph: 1, start: 0, end: 0) },
            people: people, paragraphs: paragraphs, statements: statements, events: events)
    }

    static func meetings() -> [Meeting] {
        let nebenzia = Person(id: "nebenzia-rus", name: "Nebenzia", honorifics: ["Mr."], of: "RUS")
        let ambassador = Person(id: "al-thani-qat", name: "Al-Thani", honorifics: ["Ms."], of: "QAT")
        let president = Person(id: "president", name: nil, role: "President", of: nil)
        let presidentVNM = Person(id: "president-vnm", name: nil, role: "President", of: "VNM")
        let minister = Person(
            id: "m", name: "Mohammed bin Abdulrahman Al-Thani", honorifics: ["H.E.", "Sheikh"], role: "Foreign Minister", of: "QAT")
        let full = Person(id: "v", name: "Vassily Nebenzia", honorifics: ["Mr."], of: "RUS")
        var gcc = council(
            "2021-06-07-gcc-ministerial", "2021-06-07", [minister, full], cites: ["S/RES/2231 (2015)"],
            events: [ReferencedEvent(date: "2015", label: "Joint Comprehensive Plan of Action", paragraph: 1)])
        gcc.organization = "GCC"
        gcc.body = "GCC Ministerial Council"
        return [
            council(
                "2020-01-13-unsc-s-pv-8701", "2020-01-13", [presidentVNM, nebenzia], cites: ["S/RES/2231 (2015)", "S/RES/822 (1993)"]),
            council(
                "2020-01-21-unsc-s-pv-8706", "2020-01-21", [president, ambassador, nebenzia], cites: ["S/RES/822 (1994)"],
                events: [ReferencedEvent(date: "1992", label: "Khojaly massacre", paragraph: 1)]),
            council("2020-01-21-unsc-s-pv-8707", "2020-01-21", [president, nebenzia]),
            council("2020-02-03-unsc-s-pv-8710", "2020-02-03", [president, ambassador]),
            gcc,
        ]
    }

    func testTheTablesAnswerWhatTheRegistryBuiltFromEveryMeetingAnswers() throws {
        let index = try SearchIndex.open(store: store)
        let views = try LinkedViewsCheck.assertSame(index, store)
        XCTAssertGreaterThan(views, 40)
        // The January president is Viet Nam's; Ms. Al-Thani is not the Foreign Minister.
        let presidents = try index.people().filter { $0.name == nil }
        XCTAssertEqual(presidents.map(\.of), ["VNM", nil])
        XCTAssertNotEqual(
            try index.personID(meeting: "2020-01-21-unsc-s-pv-8706", local: "al-thani-qat"),
            try index.personID(meeting: "2021-06-07-gcc-ministerial", local: "m"))
        let reasons = try index.appearances(of: XCTUnwrap(index.personID(meeting: "2020-01-21-unsc-s-pv-8706", local: "al-thani-qat"))).map(
            \.reason)
        XCTAssertTrue(reasons[0].hasPrefix("first appearance"), reasons[0])
    }

    func testFilesAddedRewrittenAndRemovedBehindTheIndexsBack() throws {
        _ = try SearchIndex.open(store: store)
        // Another program: the February record now names its president, one record goes,
        // a new one comes, and the GCC meeting's minister gets a new role.
        let february = try store.locate(id: "2020-02-03-unsc-s-pv-8710")
        var record = try RecordCoding.decode(Meeting.self, from: Data(contentsOf: february))
        record.people[0].of = "BEL"
        try RecordCoding.encode(record).write(to: february)
        try FileManager.default.removeItem(at: store.locate(id: "2020-01-13-unsc-s-pv-8701"))
        try store.save(
            Self.council(
                "2020-02-10-unsc-s-pv-8715", "2020-02-10",
                [
                    Person(id: "president", name: nil, role: "President", of: nil),
                    Person(id: "al-thani", name: "Alya Ahmed Saif Al-Thani", honorifics: ["Ms."], of: "QAT"),
                ],
                cites: ["S/RES/2231 (2015)"]))
        let gcc = try store.locate(id: "2021-06-07-gcc-ministerial")
        let json = try String(contentsOf: gcc, encoding: .utf8).replacingOccurrences(of: "\"Foreign Minister\"", with: "\"Prime Minister\"")
        try Data(json.utf8).write(to: gcc)

        let index = try SearchIndex.open(store: store)
        XCTAssertEqual(index.lastChanges.changed, 2)
        XCTAssertEqual(index.lastChanges.added, 1)
        XCTAssertEqual(index.lastChanges.removed, 1)
        try LinkedViewsCheck.assertSame(index, store)
        // The same tables as a rebuild from scratch.
        let updated = try dump(index)
        try SearchIndex.rebuild(store: store)
        XCTAssertEqual(try dump(SearchIndex.open(store: store)), updated)
    }

    func testADamagedOrDeletedDatabaseIsRebuiltAndNoMeetingFileChanges() throws {
        let before = try meetingFiles()
        let index = try SearchIndex.open(store: store)
        let people = try index.people()
        let url = index.url
        // Garbage over the database file, then no file at all.
        for damage in [{ try Data(repeating: 0x55, count: 8192).write(to: url) }, { try FileManager.default.removeItem(at: url) }] {
            try damage()
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
            var phases: [IndexProgress.Phase] = []
            let reopened = try SearchIndex.open(store: store, progress: { phases.append($0.phase) })
            // Garbage is found damaged and the build says it repairs; a missing file is simply built.
            XCTAssertTrue(phases.first == .building || phases.first == .repairing, "the rebuild reports progress")
            XCTAssertTrue(reopened.lastChanges.rebuilt)
            XCTAssertEqual(try reopened.people(), people)
        }
        XCTAssertEqual(try meetingFiles(), before, "no meeting file is touched")
    }

    private func meetingFiles() throws -> [String: Data] {
        var out: [String: Data] = [:]
        for f in store.meetingFiles() { out[f.relativePath] = try Data(contentsOf: root.appendingPathComponent(f.relativePath)) }
        return out
    }

    /// The cross-meeting tables' rows without the meeting refs (a rebuild numbers them anew).
    private func dump(_ index: SearchIndex) throws -> [String] {
        try index.linkedRead { db in
            var lines: [String] = []
            lines += try String.fetchAll(
                db, sql: "SELECT id || '|' || bucket || '|' || base || '|' || first || '|' || record FROM person ORDER BY id")
            lines += try String.fetchAll(
                db,
                sql: """
                    SELECT m.id || '|' || a.position || '|' || a.local || '|' || coalesce(a.of, '-') || '|' || a.bucket || '|' || a.person || '|' || a.reason
                    FROM appearance a JOIN linked_meeting m ON m.ref = a.meeting ORDER BY m.id, a.position
                    """)
            lines += try String.fetchAll(
                db,
                sql:
                    "SELECT m.id || '|' || c.seq || '|' || c.key FROM citation c JOIN linked_meeting m ON m.ref = c.meeting ORDER BY m.id, c.seq"
            )
            lines += try String.fetchAll(
                db,
                sql: "SELECT m.id || '|' || t.country FROM attendance t JOIN linked_meeting m ON m.ref = t.meeting ORDER BY m.id, t.country"
            )
            return lines
        }
    }
}
