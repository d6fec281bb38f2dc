import Foundation
import PlenaryTestSupport
import XCTest

/// Issue 12, row 1: two or three `plenary import` of the same 63 verbatim records at once
/// used to leave 125 or 142 meeting files; they must leave exactly 63, and `check` must
/// report a meeting stored twice.
final class ConcurrentImportTests: XCTestCase {
    static let shared = SharedFolder.url
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-concurrent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func shared(_ relative: String) throws -> String {
        let url = Self.shared.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("SKIP: ../shared/\(relative) absent") }
        return url.path
    }

    private func meetingFiles(_ store: String) -> [String] {
        let base = folder.appendingPathComponent(store).appendingPathComponent("meetings").path
        return ((try? FileManager.default.subpathsOfDirectory(atPath: base)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Starts `count` importers of `speeches` at once and waits for every one of them.
    private func importConcurrently(_ count: Int, speeches: String, store: String) throws -> [Int32] {
        let binary = try PlenaryBinary.require()
        var env = ProcessInfo.processInfo.environment
        env["PLENARY_STORE"] = nil
        env["PLENARY_WATCH"] = "off"
        env["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        var processes: [Process] = []
        for _ in 0..<count {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["import", "--store", store, speeches]
            process.currentDirectoryURL = folder
            process.environment = env
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            processes.append(process)
        }
        for process in processes { process.waitUntilExit() }
        return processes.map(\.terminationStatus)
    }

    func testTwoAndThreeImportersAtOnceLeaveEachMeetingOnce() throws {
        let speeches = try shared("corpora/unsc-speeches-2020/speeches")
        let catalogue = try shared("corpora/unsc-meetings-catalogue")
        for count in [2, 3] {
            let store = "s\(count)"
            XCTAssertEqual(try PlenaryProcess.run(["init", store], in: folder).status, 0)
            XCTAssertEqual(try PlenaryProcess.run(["catalog", "import", "--store", store, catalogue], in: folder).status, 0)
            let statuses = try importConcurrently(count, speeches: speeches, store: store)
            XCTAssertEqual(statuses, Array(repeating: 0, count: count))
            let files = meetingFiles(store)
            XCTAssertEqual(files.count, 63, "\(count) importers: \(files.count) meeting files")
            XCTAssertFalse(files.contains { $0.hasSuffix("-2.json") }, "\(count) importers wrote a second record of a meeting")
            let check = try PlenaryProcess.run(["check", "--store", store], in: folder)
            XCTAssertEqual(check.status, 0, check.stdout)
        }
    }

    /// A meeting stored twice (the state the race used to leave) is a problem `check` names.
    func testCheckReportsAMeetingStoredTwice() throws {
        let speeches = try shared("corpora/unsc-speeches-2020/speeches/8701")
        let catalogue = try shared("corpora/unsc-meetings-catalogue")
        XCTAssertEqual(try PlenaryProcess.run(["init", "s"], in: folder).status, 0)
        XCTAssertEqual(try PlenaryProcess.run(["catalog", "import", "--store", "s", catalogue], in: folder).status, 0)
        XCTAssertEqual(try PlenaryProcess.run(["import", "--store", "s", speeches], in: folder).status, 0)
        XCTAssertEqual(try PlenaryProcess.run(["check", "--store", "s"], in: folder).status, 0)
        let original = try XCTUnwrap(meetingFiles("s").first)
        let originalURL = folder.appendingPathComponent("s/meetings").appendingPathComponent(original)
        var json = try String(contentsOf: originalURL, encoding: .utf8)
        let id = String((original as NSString).lastPathComponent.dropLast(5))
        json = json.replacingOccurrences(of: "\"id\" : \"\(id)\"", with: "\"id\" : \"\(id)-2\"")
        // The second copy keeps its own source file, as the second importer did.
        let sourceLine = try XCTUnwrap(json.split(separator: "\n").first { $0.contains("\"file\" : \"sources/") })
        let sourcePath = String(sourceLine.split(separator: "\"")[3])
        let copyPath = sourcePath.replacingOccurrences(of: id, with: "\(id)-2")
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("s").appendingPathComponent(sourcePath),
            to: folder.appendingPathComponent("s").appendingPathComponent(copyPath))
        json = json.replacingOccurrences(of: sourcePath, with: copyPath)
        try json.write(
            to: originalURL.deletingLastPathComponent().appendingPathComponent("\(id)-2.json"), atomically: true, encoding: .utf8)
        let check = try PlenaryProcess.run(["check", "--store", "s"], in: folder)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("\(id)-2.json: duplicate of meetings/\(original)"), check.stdout)
    }
}
