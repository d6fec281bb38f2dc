import Foundation
import PlenaryModel
import XCTest

/// Issue 12, row 2, through the binary: the campaign's queries end with exit 2 and one plain
/// line (no SQL, no SQLite wording), and no query of the hostile set takes 2 s or crashes.
final class QueryBoundsCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-query-bounds-\(UUID().uuidString)")
        let meetings = folder.appendingPathComponent("s/meetings/2020")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        try Data("{\n  \"format\" : \"plenary.store/1\"\n}\n".utf8).write(to: folder.appendingPathComponent("s/plenary-store.json"))
        let words = ["peace", "security", "council", "cooperation", "conflict", "ceasefire", "coalition", "community"]
        let paragraphs = (1...40).map { i in
            Paragraph(index: i, number: String(i), text: (0..<30).map { words[($0 * i) % words.count] }.joined(separator: " ") + ".")
        }
        let meeting = Meeting(
            id: "2020-01-10-un-security-council", title: "Security Council", date: "2020-01-10",
            organization: "UN", body: "Security Council", paragraphs: paragraphs)
        try RecordCoding.encode(meeting).write(to: meetings.appendingPathComponent("\(meeting.id).json"))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func search(_ query: String) throws -> (run: PlenaryRun, seconds: Double) {
        let start = Date()
        let run = try PlenaryProcess.run(["search", "--store", folder.appendingPathComponent("s").path, query], in: folder)
        return (run, Date().timeIntervalSince(start))
    }

    private func assertPlain(_ stderr: String, _ label: String) {
        let lower = stderr.lowercased()
        for word in ["sqlite", "select", "fts5", "while executing", "rowid"] {
            XCTAssertFalse(lower.contains(word), "\(label): \(stderr)")
        }
    }

    func testCampaignQueriesExitTwoWithAPlainLine() throws {
        _ = try search("peace")  // builds the index once
        // Built one by one: a single literal of these concatenations is too much for the type checker on a busy machine.
        var queries: [String] = []
        queries.append(Array(repeating: "co*", count: 16).joined(separator: " "))
        queries.append(String(repeating: "(", count: 16) + "peace" + String(repeating: ")", count: 16))
        queries.append(String(repeating: "(", count: 5_000))
        queries.append(String(repeating: ")", count: 5_000))
        queries.append(String(repeating: "\"", count: 999))
        queries.append("council " + (0..<63).map { "-w\($0)" }.joined(separator: " "))
        queries.append((0..<64).map { "c\($0) OR" }.joined(separator: " ") + " peace")
        queries.append((0..<32).map { "country:x\($0)" }.joined(separator: " "))
        queries.append("date:0000..9999 peace")
        queries.append("cites:" + String(repeating: "9", count: 900))
        queries.append(String(repeating: "a", count: 1_000))
        queries.append(String(repeating: "NOT ", count: 200))
        queries.append("peace " + String(repeating: "AND ", count: 200))
        queries.append("\u{1B}[2J peace \u{0}")
        queries.append("speaker:\"" + String(repeating: "x ", count: 400) + "\"")
        for query in queries {
            let (run, seconds) = try search(query)
            XCTAssertLessThanOrEqual(run.status, 2, "\(query.prefix(40)): crashed? \(run.stderr)")
            XCTAssertLessThan(seconds, 2, "\(query.prefix(40)) took \(seconds) s")
            assertPlain(run.stderr, String(query.prefix(40)))
        }
    }
}
