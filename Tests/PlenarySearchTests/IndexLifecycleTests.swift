import Foundation
import PlenaryModel
import PlenaryStore
@testable import PlenarySearch
import XCTest

/// The index notices what happens to the meeting files behind its back.
final class IndexLifecycleTests: XCTestCase {
    var root: URL!
    var store: Store!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-index-\(UUID().uuidString)")
        store = try Store.create(root)
        try store.save(
            meeting(
                "2017-09-19-oic-contact-group", date: "2017-09-19",
                [
                    "The Contact Group condemned the ceasefire violations along the line of contact.",
                    "The Ministers recalled resolution 822 (1993) of the Security Council.",
                ], citation: ("S/RES/822 (1993)", "822 (1993)")))
        try store.save(
            meeting(
                "2018-03-02-oic-executive-committee", date: "2018-03-02",
                [
                    "The Executive Committee welcomed the humanitarian pause."
                ]))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func meeting(_ id: String, date: String, _ texts: [String], citation: (String, String)? = nil) -> Meeting {
        let people = [Person(id: "yousef-al-othaimeen", name: "Yousef A. Al-Othaimeen", role: "Secretary General", of: "OIC")]
        let paragraphs = texts.enumerated().map { i, text -> Paragraph in
            var citations: [Citation] = []
            if let (symbol, surface) = citation, let range = text.range(of: surface) {
                let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                citations.append(
                    Citation(
                        symbol: symbol, surface: surface, start: start, end: start + surface.unicodeScalars.count,
                        rule: "test", resolved: true))
            }
            return Paragraph(index: i + 1, number: "\(i + 1)", text: text, speakers: ["yousef-al-othaimeen"], citations: citations)
        }
        return Meeting(
            id: id, title: "Meeting \(id)", date: date, organization: "OIC", body: "OIC Contact Group",
            attendance: [Attendance(country: "AZE", asWritten: "the Republic of Azerbaijan", paragraph: 1, start: 0, end: 0)],
            people: people, paragraphs: paragraphs)
    }

    func file(_ id: String) throws -> URL { try store.locate(id: id) }

    func testEditingAFileBehindTheIndexsBack() throws {
        let index = try SearchIndex.open(store: store)
        XCTAssertEqual(try index.matches("ceasefire").count, 1)
        XCTAssertEqual(try index.matches("armistice").count, 0)

        // Another program rewrites the file: the text changes, the record stays valid.
        let url = try file("2017-09-19-oic-contact-group")
        let json = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "ceasefire violations", with: "armistice breaches")
        try Data(json.utf8).write(to: url)

        let reopened = try SearchIndex.open(store: store)
        XCTAssertEqual(reopened.lastChanges.changed, 1)
        XCTAssertEqual(try reopened.matches("armistice"), [ParagraphRef(meeting: "2017-09-19-oic-contact-group", paragraph: 1)])
        XCTAssertEqual(try reopened.matches("ceasefire"), [])
        // A prefix is written out as the index's terms: the new word is among them.
        XCTAssertEqual(try reopened.matches("armist*"), [ParagraphRef(meeting: "2017-09-19-oic-contact-group", paragraph: 1)])
        XCTAssertEqual(try reopened.compile(SearchQuery.parse("armist*")).match, "raw : \"a0r0m0i0s0t0i0c0e0\"")
        XCTAssertEqual(try reopened.matches("ceasef*"), [])
        // The old rows are gone from pages too, not only from match sets.
        XCTAssertEqual(try reopened.search("ceasefire").results, [])
        XCTAssertEqual(
            try reopened.search("\"armistice breaches\"").results.first?.snippet,
            "The Contact Group condemned the armistice breaches along the line of contact.")
        // The index already open notices it on refresh.
        XCTAssertEqual(try index.refresh().changed, 0)
        XCTAssertEqual(try index.matches("armistice").count, 1)
    }

    func testQuickFingerprintEqualsTheListingOne() throws {
        let broken = root.appendingPathComponent("meetings/2020/.hidden.json")
        try FileManager.default.createDirectory(at: broken.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: broken)
        try Data("{}".utf8).write(to: root.appendingPathComponent("meetings/2020/notes.txt"))
        XCTAssertEqual(SearchIndex.fingerprint(of: store), IndexWriter.fingerprint(store.meetingFiles()))
        XCTAssertTrue(SearchIndex.fingerprint(of: store).hasPrefix("2:"))
    }

    func testAddedAndRemovedFiles() throws {
        let index = try SearchIndex.open(store: store)
        try store.save(meeting("2019-05-01-oic-summit", date: "2019-05-01", ["The Summit adopted the Mecca declaration."]))
        try FileManager.default.removeItem(at: try file("2018-03-02-oic-executive-committee"))
        let changes = try index.refresh()
        XCTAssertEqual(changes.added, 1)
        XCTAssertEqual(changes.removed, 1)
        XCTAssertEqual(try index.matches("Mecca"), [ParagraphRef(meeting: "2019-05-01-oic-summit", paragraph: 1)])
        XCTAssertEqual(try index.matches("Mec*"), [ParagraphRef(meeting: "2019-05-01-oic-summit", paragraph: 1)])
        XCTAssertEqual(try index.matches("humanitarian"), [])
        XCTAssertEqual(try index.refresh(), IndexChanges())
    }

    func testUnreadableFileIsSkippedNotFatal() throws {
        let broken = root.appendingPathComponent("meetings/2020/2020-01-01-broken.json")
        try FileManager.default.createDirectory(at: broken.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: broken)
        let index = try SearchIndex.open(store: store)
        XCTAssertEqual(index.lastChanges.unreadable, 1)
        XCTAssertEqual(try index.matches("ceasefire").count, 1)
    }

    func testCorruptAndOlderIndexesAreRebuilt() throws {
        _ = try SearchIndex.open(store: store)
        let url = store.derivedDirectory.appendingPathComponent("search.sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: url)
        let rebuilt = try SearchIndex.open(store: store)
        XCTAssertTrue(rebuilt.lastChanges.rebuilt)
        XCTAssertEqual(try rebuilt.matches("ceasefire").count, 1)

        // An index written by an older plenary (another schema version) is rebuilt too.
        try rebuilt.db.write { db in try db.execute(sql: "PRAGMA user_version = 0") }
        let again = try SearchIndex.open(store: store)
        XCTAssertTrue(again.lastChanges.rebuilt)
        XCTAssertEqual(try again.matches("humanitarian").count, 1)
    }

    func testManyChangesTriggerARebuild() throws {
        // A long meeting rewritten until its dead rows pass the threshold (2,000 rows).
        let long = meeting(
            "2019-06-01-oic-long", date: "2019-06-01",
            (1...250).map { "Paragraph \($0) of the long meeting on the ceasefire." })
        try store.save(long)
        let index = try SearchIndex.open(store: store)
        var rebuilt = false
        for round in 0..<12 where !rebuilt {
            let url = try file("2019-06-01-oic-long")
            var record = try RecordCoding.decode(Meeting.self, from: Data(contentsOf: url))
            record.paragraphs[0].text = "Round \(round): the Contact Group condemned the ceasefire violations."
            try Data(RecordCoding.encode(record)).write(to: url)
            let changes = try index.refresh()
            XCTAssertEqual(changes.changed, changes.rebuilt ? 0 : 1)
            rebuilt = changes.rebuilt
        }
        XCTAssertTrue(rebuilt, "never rebuilt")
        XCTAssertEqual(try index.matches("ceasefire").count, 251)
        XCTAssertEqual(try index.search("\"Round\"", limit: 5).results.count, 1)
    }

    func testFiltersOnConstructedRecords() throws {
        let index = try SearchIndex.open(store: store)
        XCTAssertEqual(try index.matches("cites:822").count, 1)
        XCTAssertEqual(try index.matches("cites:\"S/RES/822 (1993)\"").count, 1)
        XCTAssertEqual(try index.matches("cites:s/res/822").count, 1)
        // A symbol cited nowhere names nothing the store knows: an error with the closest cited symbol.
        XCTAssertThrowsError(try index.matches("cites:S/RES/823")) { error in
            XCTAssertEqual(
                error as? SearchError, .query(.unknownValue(field: "cites", value: "S/RES/823", suggestion: "S/RES/822 (1993)", column: 1)))
        }
        XCTAssertEqual(try index.matches("country:Azerbaijan").count, 3)
        XCTAssertEqual(try index.matches("country:\"Republic of Azerbaijan\" humanitarian").count, 1)
        XCTAssertEqual(try index.matches("speaker:Othaimeen date:2018").count, 1)
        XCTAssertEqual(try index.matches("speaker:yousef-al-othaimeen").count, 3)
        XCTAssertEqual(try index.matches("org:oic -ceasefire").count, 2)
        XCTAssertEqual(try index.matches("date:2017 -ceasefire").count, 1)
        XCTAssertEqual(try index.matches("date:2017").count, 2)
    }

    func testInjectedCountryResolver() throws {
        let aliases = CountryAliases(["Turkey": ["TUR"], "Türkiye": ["TUR"], "Azerbaycan": ["AZE"]])
        let index = try SearchIndex.open(store: store, countries: aliases)
        XCTAssertEqual(try index.matches("country:azerbaycan").count, 3)
        XCTAssertEqual(try index.matches("country:Turkey").count, 0)
    }
}

/// Refreshing from a store watcher's report (`WatchReply`) instead of checking every file.
extension IndexLifecycleTests {
    var token: WatchToken { WatchToken(session: 42, position: 7) }

    func testListedFilesAreReadAgainEvenWithTheSameSizeAndTime() throws {
        let index = try SearchIndex.open(store: store)
        let url = try file("2017-09-19-oic-contact-group")
        var before = stat()
        XCTAssertEqual(stat(url.path, &before), 0)
        // Same length, same modification time: only a watcher can tell this file changed.
        let json = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "ceasefire", with: "armistice")
        try Data(json.utf8).write(to: url)
        let times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, url.path, times, 0), 0)
        XCTAssertEqual(try index.refresh(), IndexChanges(), "size and time alone see nothing")

        let changes = try index.refresh(
            watched: WatchReply(token: token, changes: .paths(["meetings/2017/2017-09-19-oic-contact-group.json"])))
        XCTAssertEqual(changes.changed, 1)
        XCTAssertEqual(try index.matches("armistice").count, 1)
        XCTAssertEqual(try index.matches("ceasefire").count, 0)
        XCTAssertEqual(index.watchToken, token)
    }

    func testListedAdditionsAndRemovalsKeepTheFingerprintExact() throws {
        let index = try SearchIndex.open(store: store)
        try store.save(meeting("2019-05-01-oic-summit", date: "2019-05-01", ["The Summit adopted the Mecca declaration."]))
        try FileManager.default.removeItem(at: try file("2018-03-02-oic-executive-committee"))
        let reply = WatchReply(
            token: token,
            changes: .paths([
                "meetings/2018/2018-03-02-oic-executive-committee.json",
                "meetings/2019/2019-05-01-oic-summit.json",
                "meetings/2019/not-there.json",
            ]))
        let changes = try index.refresh(watched: reply)
        XCTAssertEqual(changes.added, 1)
        XCTAssertEqual(changes.removed, 1)
        XCTAssertEqual(try index.matches("Mecca").count, 1)
        XCTAssertEqual(try index.matches("humanitarian").count, 0)
        // The stored fingerprint is what a full check computes, so that check still agrees.
        let stored = try index.db.read { db in try String.fromDatabaseValue(IndexWriter.meta(db, "fingerprint")) }
        XCTAssertEqual(stored, SearchIndex.fingerprint(of: store))
        XCTAssertEqual(try index.refresh(), IndexChanges())
    }

    func testUnknownChangesCheckEveryFileAndKeepTheToken() throws {
        let index = try SearchIndex.open(store: store)
        XCTAssertNil(index.watchToken)
        try store.save(meeting("2019-05-01-oic-summit", date: "2019-05-01", ["The Summit adopted the Mecca declaration."]))
        XCTAssertEqual(try index.refresh(watched: WatchReply(token: token, changes: .unknown)).added, 1)
        XCTAssertEqual(index.watchToken, token)
        // Nothing changed: only the newer token is remembered.
        let later = WatchToken(session: 42, position: 9)
        XCTAssertEqual(try index.refresh(watched: WatchReply(token: later, changes: .paths([]))), IndexChanges())
        XCTAssertEqual(index.watchToken, later)
    }
}
