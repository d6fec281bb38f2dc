import Foundation
import PlenaryModel
import XCTest

/// `plenary search` and `plenary reindex` run as a user runs them.
final class SearchCommandLineTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-search-cli-\(UUID().uuidString)")
        let meetings = folder.appendingPathComponent("s/meetings/2017")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        try Data("{\n  \"format\" : \"plenary.store/1\"\n}\n".utf8).write(to: folder.appendingPathComponent("s/plenary-store.json"))
        let meeting = Meeting(
            id: "2017-09-19-oic-contact-group", title: "OIC Contact Group", date: "2017-09-19", organization: "OIC",
            body: "OIC Contact Group on the aggression of Armenia against Azerbaijan",
            attendance: [Attendance(country: "AZE", asWritten: "the Republic of Azerbaijan", paragraph: 1, start: 0, end: 0)],
            people: [Person(id: "yousef-a-al-othaimeen", name: "Yousef A. Al-Othaimeen", role: "Secretary General", of: "OIC")],
            paragraphs: [
                Paragraph(
                    index: 1, number: "1", text: "The Contact Group condemned the ceasefire violations.",
                    speakers: ["yousef-a-al-othaimeen"]),
                Paragraph(index: 2, number: "2", text: "It recalled the territorial integrity of Azerbaijan.", speakers: []),
            ])
        try RecordCoding.encode(meeting).write(to: meetings.appendingPathComponent("\(meeting.id).json"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func plenary(_ arguments: String...) throws -> (status: Int32, stdout: String, stderr: String) {
        let run = try PlenaryProcess.run(arguments + ["--store", folder.appendingPathComponent("s").path], in: folder)
        return (run.status, run.stdout, run.stderr)
    }

    func testPlainResultsMarkMatchesInBrackets() throws {
        let run = try plenary("search", "ceasefire", "-truce", "country:Azerbaijan")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("2017-09-19  2017-09-19-oic-contact-group  ¶1  Yousef A. Al-Othaimeen"), run.stdout)
        XCTAssertTrue(run.stdout.contains("condemned the [ceasefire] violations."), run.stdout)
        XCTAssertTrue(run.stderr.contains("building the search index"), run.stderr)
    }

    func testJSONResults() throws {
        let run = try plenary("search", "--json", "\"territorial integrity\"")
        XCTAssertEqual(run.status, 0, run.stderr)
        let results = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(results.count, 1)
        XCTAssertEqual(results[0]["meeting"] as? String, "2017-09-19-oic-contact-group")
        XCTAssertEqual(results[0]["paragraph"] as? Int, 2)
        XCTAssertEqual(results[0]["number"] as? String, "2")
        XCTAssertEqual(results[0]["highlights"] as? [[Int]], [[16, 37]])
        XCTAssertEqual(Set(results[0].keys), ["meeting", "date", "paragraph", "number", "speakers", "snippet", "highlights"])
    }

    func testMalformedQueryExitsTwoWithOneLine() throws {
        let run = try plenary("search", "ceasefire \"line of")
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr, "plenary: bad query at column 11: this quote is never closed\n")
        XCTAssertEqual(run.stdout, "")
        XCTAssertEqual(try plenary("search", "OR").status, 2)
        XCTAssertEqual(try plenary("search", "country:Atlantis").status, 2)
    }

    func testNoMatchSuggestsAWord() throws {
        let run = try plenary("search", "ceasfire")
        XCTAssertEqual(run.status, 1, "nothing matches: 1, as grep and rg")
        XCTAssertEqual(run.stdout, "No paragraph matches. Did you mean: ceasefire?\n")
    }

    func testReindex() throws {
        let run = try plenary("reindex")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("Indexed 1 meeting in "), run.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("s/.plenary/search.sqlite").path))
    }
}
