import Foundation
import PlenaryImport
import PlenaryModel
import PlenaryStore
import XCTest

/// The importer in process: what it reports per file, what it writes, and that a second run
/// changes nothing — without spawning the binary.
final class ImporterTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("importer-\(UUID().uuidString)")
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try """
        ---
        date: '2023-09-21'
        source_url: https://www.example.gov/readout
        title: "Readout of the President's Meeting with the Prime Minister of Iraq"
        ---

        President Biden met today with Prime Minister Mohammed Shia al-Sudani of Iraq. The leaders discussed energy.

        \\###
        """.write(to: docs.appendingPathComponent("readout.md"), atomically: true, encoding: .utf8)
        try
            "Secretary-General Marks a Day\n\n6 October 2023\n\nFollowing is the Secretary-General’s message on World Food Day, observed 16 October:\n\nHunger is rising.\n"
            .write(to: docs.appendingPathComponent("message.txt"), atomically: true, encoding: .utf8)
        try "How this folder was gathered.\n".write(to: docs.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testADryRunReportsEachFileAndWritesNothing() {
        var events: [ImportEvent] = []
        let summary = Importer(store: nil, options: ImportOptions(now: "2026-12-05T12:00:00Z"))
            .run([folder.appendingPathComponent("docs").path]) { events.append($0) }
        XCTAssertEqual(summary.imported, 1)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(summary.extracted.map(\.date), ["2023-09-21"])
        XCTAssertEqual(Set(summary.extracted.flatMap(\.attendance).compactMap(\.country)), ["USA", "IRQ"])
        guard case .skipped(let skipped)? = events.first else { return XCTFail("\(events)") }
        XCTAssertEqual(skipped.map { ($0 as NSString).lastPathComponent }, ["README.md"])
        let failures = events.compactMap { e -> String? in
            if case .failed(_, let reason) = e { return reason }; return nil
        }
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures[0].contains("a message, not the record of a meeting"), failures[0])
    }

    func testAnImportWritesOnceAndAgainChangesNothing() throws {
        let store = try Store.create(folder.appendingPathComponent("store"))
        let importer = Importer(store: store, options: ImportOptions(now: "2026-12-05T12:00:00Z"))
        let first = importer.run([folder.appendingPathComponent("docs/readout.md").path])
        XCTAssertEqual(first.imported, 1)
        XCTAssertEqual(first.outcomes.first?["outcome"], "imported")
        let ids = try XCTUnwrap(first.outcomes.first?["meetings"])
        XCTAssertNoThrow(try store.meeting(id: ids))
        let second = importer.run([folder.appendingPathComponent("docs/readout.md").path])
        XCTAssertEqual(second.unchanged, 1)
        XCTAssertEqual(second.imported, 0)
    }

    func testForceAndOverridesReachTheMeeting() {
        var options = ImportOptions(now: "2026-12-05T12:00:00Z")
        options.force = true
        options.overrides = SourceOverrides(date: "2023-10-16", title: "World Food Day observance")
        let summary = Importer(store: nil, options: options).run([folder.appendingPathComponent("docs/message.txt").path])
        XCTAssertEqual(summary.failed, 0)
        XCTAssertEqual(summary.extracted.first?.date, "2023-10-16")
        XCTAssertEqual(summary.extracted.first?.title, "World Food Day observance")
    }
}
