import Foundation
import PlenaryModel
import PlenaryTestSupport
import XCTest

#if os(Linux)
/// The store watcher as users meet it: started by a search, asked by the next one, stopped.
final class WatchCommandTests: XCTestCase {
    private var folder: URL!
    private var store: URL { folder.appendingPathComponent("s") }
    private var file: URL { store.appendingPathComponent("meetings/2017/2017-09-19-oic-contact-group.json") }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-watch-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\n  \"format\" : \"plenary.store/1\"\n}\n".utf8).write(to: store.appendingPathComponent("plenary-store.json"))
        let meeting = Meeting(
            id: "2017-09-19-oic-contact-group", title: "OIC Contact Group", date: "2017-09-19", organization: "OIC",
            paragraphs: [Paragraph(index: 1, number: "1", text: "The Contact Group condemned the ceasefire violations.")])
        try RecordCoding.encode(meeting).write(to: file)
    }

    override func tearDownWithError() throws {
        _ = try? plenary("watch", "--stop")
        try? FileManager.default.removeItem(at: folder)
    }

    private func plenary(_ arguments: String...) throws -> PlenaryRun {
        try PlenaryProcess.run(arguments + ["--store", store.path], in: folder, environment: ["PLENARY_WATCH": "on"])
    }

    /// `plenary watch --status` once the watcher answers (up to five seconds).
    private func waitUntilWatched() throws -> String {
        var status = ""
        for _ in 0..<100 where !status.contains("watched by process ") {
            status = try plenary("watch", "--status").stdout
            if !status.contains("watched by process ") { Thread.sleep(forTimeInterval: 0.05) }
        }
        return status
    }

    func testASearchStartsAWatcherAndTheNextSearchSeesAnInPlaceEdit() throws {
        XCTAssertTrue(try plenary("watch", "--status").stdout.hasSuffix(": not watched\n"))
        XCTAssertTrue(try plenary("search", "ceasefire").stdout.contains("[ceasefire]"))

        let status = try waitUntilWatched()
        XCTAssertTrue(status.contains("watched by process "), status)
        // The first search asked of the watcher checks every file once and keeps its token.
        XCTAssertTrue(try plenary("search", "ceasefire").stdout.contains("[ceasefire]"))

        // Another program overwrites the word in place: same size, and often the same time.
        let handle = try FileHandle(forUpdating: file)
        let bytes = try handle.readToEnd() ?? Data()
        let offset = try XCTUnwrap(bytes.range(of: Data("ceasefire".utf8))).lowerBound
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data("armistice".utf8))
        try handle.close()

        XCTAssertTrue(try plenary("search", "armistice").stdout.contains("[armistice]"))
        XCTAssertTrue(try plenary("search", "ceasefire").stdout.hasPrefix("No paragraph matches."))

        let stop = try plenary("watch", "--stop")
        XCTAssertEqual(stop.status, 0)
        XCTAssertTrue(stop.stdout.hasSuffix(": watcher stopped\n"), stop.stdout)
        XCTAssertTrue(try plenary("watch", "--status").stdout.hasSuffix(": not watched\n"))
    }

    func testForegroundWatcherRefusesASecondOneAndTheSwitchTurnsItOff() throws {
        let off = try PlenaryProcess.run(["search", "ceasefire", "--store", store.path], in: folder, environment: ["PLENARY_WATCH": "off"])
        XCTAssertEqual(off.status, 0)
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertTrue(try plenary("watch", "--status").stdout.hasSuffix(": not watched\n"))
        let offStatus = try PlenaryProcess.run(
            ["watch", "--status", "--store", store.path], in: folder, environment: ["PLENARY_WATCH": "off"])
        XCTAssertTrue(
            offStatus.stdout.hasSuffix(": not watched (PLENARY_WATCH=off: searches check every file and start none)\n"), offStatus.stdout)

        let binary = try PlenaryBinary.require()
        let first = Process()
        first.executableURL = binary
        first.arguments = ["watch", "--store", store.path]
        first.standardError = FileHandle.nullDevice
        try first.run()
        defer { first.terminate(); first.waitUntilExit() }
        let status = try waitUntilWatched()
        XCTAssertTrue(status.contains("watched by process \(first.processIdentifier) since "), status)
        let second = try plenary("watch")
        XCTAssertEqual(second.status, 0)
        XCTAssertTrue(second.stderr.contains("is already watched"), second.stderr)
    }
}
#endif
