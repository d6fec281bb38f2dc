import Foundation
import PlenaryModel
import XCTest

/// `plenary compare` as a user runs it: the body's previous meeting found by itself, a word
/// diff in brackets when not on a terminal, JSON on request, a clear reason otherwise.
final class CompareCommandTests: XCTestCase {
    private var folder: URL!
    private var store: URL { folder.appendingPathComponent("s") }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        try Data("{\n  \"format\" : \"plenary.store/1\"\n}\n".utf8).write(to: store.appendingPathComponent("plenary-store.json"))
        try save(
            meeting(
                "2017-09-19-oic-contact-group",
                [
                    "The Contact Group met in New York on 19 September 2017.",
                    "It condemned the continued violation of the ceasefire by the armed forces of Armenia.",
                    "It thanked the Secretary General for his report.",
                ]))
        try save(
            meeting(
                "2018-09-27-oic-contact-group",
                [
                    "The Contact Group met in New York on 27 September 2018.",
                    "It strongly condemned the continued violation of the ceasefire by the armed forces of Armenia.",
                    "It welcomed the new members of the Group.",
                ]))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func meeting(_ id: String, _ texts: [String]) -> Meeting {
        Meeting(
            id: id, title: "OIC Contact Group", date: String(id.prefix(10)), organization: "OIC", body: "OIC Contact Group",
            paragraphs: texts.enumerated().map { Paragraph(index: $0.offset + 1, number: "\($0.offset + 1)", text: $0.element) })
    }

    private func save(_ meeting: Meeting) throws {
        let folder = store.appendingPathComponent("meetings/\(meeting.date.prefix(4))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try RecordCoding.encode(meeting).write(to: folder.appendingPathComponent("\(meeting.id).json"))
    }

    private func plenary(_ arguments: String...) throws -> PlenaryRun {
        try PlenaryProcess.run(arguments + ["--store", store.path], in: folder)
    }

    func testTheBodysPreviousMeetingIsFoundAndTheChangesMarked() throws {
        let run = try plenary("compare", "2018-09-27-oic-contact-group")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(
            run.stdout.hasPrefix("2017-09-19  2017-09-19-oic-contact-group\n→ 2018-09-27  2018-09-27-oic-contact-group\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("0 unchanged, 2 changed, 1 added, 1 dropped"), run.stdout)
        XCTAssertTrue(run.stdout.contains("on [-19-] {+27+} September [-2017.-] {+2018.+}"), run.stdout)
        XCTAssertTrue(run.stdout.contains("It {+strongly+} condemned"), run.stdout)
        XCTAssertTrue(
            run.stdout.contains("¶3 of the earlier meeting dropped\n    [-It thanked the Secretary General for his report.-]"), run.stdout)
        XCTAssertTrue(run.stdout.contains("¶3 added\n    {+It welcomed the new members of the Group.+}"), run.stdout)
    }

    func testJSONAndTwoIDs() throws {
        let run = try plenary("compare", "--json", "2017-09-19-oic-contact-group", "2018-09-27-oic-contact-group")
        XCTAssertEqual(run.status, 0, run.stderr)
        let comparison = try RecordCoding.decode(MeetingComparison.self, from: Data(run.stdout.utf8))
        XCTAssertEqual(comparison.older, "2017-09-19-oic-contact-group")
        XCTAssertEqual(comparison.entries.map(\.kind), [.changed, .changed, .dropped, .added])
    }

    func testNoEarlierMeetingOrNoSuchMeetingIsOneLine() throws {
        // The previous meeting is looked up in the index; building it is said on its own line.
        XCTAssertEqual(try plenary("reindex").status, 0)
        let first = try plenary("compare", "2017-09-19-oic-contact-group")
        XCTAssertEqual(first.status, 1)
        XCTAssertEqual(
            first.stderr,
            "plenary: no earlier meeting of OIC Contact Group in the store; name the meeting to compare with: plenary compare OLD 2017-09-19-oic-contact-group\n"
        )
        let missing = try plenary("compare", "2016-01-01-nothing")
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr.split(separator: "\n").count, 1, missing.stderr)
        XCTAssertEqual(try plenary("compare").status, 2)
    }
}
