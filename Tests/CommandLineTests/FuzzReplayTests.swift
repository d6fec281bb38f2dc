import Foundation
import PlenaryTestSupport
import XCTest

/// The fuzzing harness builds and its inputs replay without the fuzzer: the seeds of
/// scripts/fuzz.d and every finding kept in scripts/fuzz.d/findings/<target>/ (inputs that
/// once crashed, hung or let a control character through) run through `plenary-fuzz`.
final class FuzzReplayTests: XCTestCase {
    func testSeedsAndFindingsReplayCleanly() throws {
        let root = PackageRoot.url
        let binary = try PlenaryBinary.require("plenary-fuzz")
        for target in ["document", "query", "record", "config"] {
            var inputs: [String] = []
            for folder in ["scripts/fuzz.d/\(target)", "scripts/fuzz.d/findings/\(target)"] {
                let url = root.appendingPathComponent(folder)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
                inputs += names.sorted().map { url.appendingPathComponent($0).path }
            }
            if target == "record" {
                // Records as the store holds them.
                let meetings = root.appendingPathComponent("data/meetings")
                let found = (FileManager.default.enumerator(atPath: meetings.path)?.allObjects as? [String]) ?? []
                inputs += found.filter { $0.hasSuffix(".json") }.sorted().prefix(10).map { meetings.appendingPathComponent($0).path }
            }
            guard !inputs.isEmpty else { continue }
            let process = Process()
            process.executableURL = binary
            process.arguments = [target] + inputs
            let err = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "\(target): \(stderr)")
        }
    }
}
