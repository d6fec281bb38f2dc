import Foundation
import PlenaryModel
import PlenaryStore
import PlenaryTestSupport
import XCTest

/// Crash and concurrency guarantees, tested with real writer processes (`plenary _stress-write`).
final class ProcessWriterTests: XCTestCase {
    private func writer(_ binary: URL, store: URL, _ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["_stress-write", "--store", store.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, pipe)
    }

    func testWriterKilledMidWriteLeavesOldOrNewFile() throws {
        let binary = try PlenaryBinary.require()
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        // About 3.5 MB per write, so a kill lands inside a write most of the time.
        let (first, _) = try writer(binary, store: folder.url, ["--id", "big", "--paragraphs", "6000", "--tag", "old"])
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)

        for round in 0..<6 {
            let (process, pipe) = try writer(
                binary, store: folder.url,
                ["--id", "big", "--paragraphs", "6000", "--repeat-count", "50", "--tag", "new\(round)"])
            _ = pipe.fileHandleForReading.availableData  // wait until it has written once
            usleep(useconds_t(20_000 + round * 37_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal)

            let loaded = try store.meeting(id: "big")
            XCTAssertEqual(loaded.paragraphs.count, 6000)
            let text = loaded.paragraphs[5999].text
            XCTAssertTrue(text.contains("ceasefire old") || text.contains("ceasefire new"), String(text.prefix(80)))
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("meetings/2020").path)
            XCTAssertEqual(files.filter { !$0.hasPrefix(".") }, ["big.json"])
        }
        // Whatever the kills left behind is reported as litter, never as a damaged meeting.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("meetings/2020").path)
            .filter { $0.hasPrefix(".big.json.tmp-") }
        let problems = StoreCheck.run(store).problems
        XCTAssertEqual(problems.count, leftovers.count, "\(problems)")
        XCTAssertTrue(problems.allSatisfy { $0.reason.contains("the meeting file is intact") }, "\(problems)")
    }

    func testTwoWritersAtOnceBothSucceedWithoutInterleaving() throws {
        let binary = try PlenaryBinary.require()
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        // Both write the same ids many times with different contents.
        let (a, _) = try writer(
            binary, store: folder.url,
            ["--id", "shared", "--meetings", "5", "--paragraphs", "400", "--repeat-count", "40", "--tag", "alpha"])
        let (b, _) = try writer(
            binary, store: folder.url,
            ["--id", "shared", "--meetings", "5", "--paragraphs", "400", "--repeat-count", "40", "--tag", "bravo"])
        a.waitUntilExit()
        b.waitUntilExit()
        XCTAssertEqual(a.terminationStatus, 0)
        XCTAssertEqual(b.terminationStatus, 0)
        XCTAssertEqual(StoreCheck.run(store).problems, [])
        for n in 0..<5 {
            let m = try store.meeting(id: "shared-\(n)")
            let tags = Set(m.paragraphs.map { $0.text.contains("alpha") ? "alpha" : "bravo" })
            XCTAssertEqual(tags.count, 1, "one writer's version, never a mixture")
        }
    }
}
