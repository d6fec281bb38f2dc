import Foundation
import PlenaryTestSupport
import XCTest

/// Scores `plenary import --dry-run --json` on both shared sets with the shared scorer
/// (../shared/tools/score_extraction.py, the tool the issues quote), prints its per-document
/// table and totals, and fails under the minimums of issue 11. Real documents that nobody here
/// wrote are the point: rules that only fit the authored set show up as a drop in this table.
final class ExtractionScoringTests: XCTestCase {
    /// Issue 11's minimums on ../shared/real-documents.
    static let realDocumentMinimums = "date=0.90,blocks=0.75,meetings=0.95,attendees=0.85,speakers=0.85,speaker_blocks=0.75,citations=0.90"
    /// The authored press releases and the seed stay where they were (1.0, attendees 0.992).
    static let pressReleaseMinimums = "date=1.0,blocks=1.0,meetings=1.0,attendees=0.99,speakers=1.0,speaker_blocks=1.0,citations=1.0"

    func testRealDocumentsMeetTheMinimums() throws {
        try score(set: "real-documents", minimums: Self.realDocumentMinimums)
    }

    func testAuthoredPressReleasesStayAtTheirScores() throws {
        try score(set: "press-releases", minimums: Self.pressReleaseMinimums)
    }

    private func score(set: String, minimums: String) throws {
        let shared = SharedFolder.url
        let scorer = shared.appendingPathComponent("tools/score_extraction.py")
        let folder = shared.appendingPathComponent(set)
        guard FileManager.default.fileExists(atPath: scorer.path), FileManager.default.fileExists(atPath: folder.path) else {
            throw XCTSkip("SKIP: ../shared/\(set) or ../shared/tools/score_extraction.py not found (reference material absent)")
        }
        let binary = try PlenaryBinary.require()
        guard
            let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile(atPath:))
                ?? which("python3")
        else {
            throw XCTSkip("SKIP: python3 not found; the shared scorer is a Python script")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [scorer.path, binary.path, folder.path, "--min", minimums, "--verbose"]
        var env = ProcessInfo.processInfo.environment
        env["PLENARY_STORE"] = nil
        env["PLENARY_WATCH"] = "off"
        process.environment = env
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print("--- extraction scores on ../shared/\(set) (minimums \(minimums))")
        print(output)
        XCTAssertEqual(
            process.terminationStatus, 0, "scores on ../shared/\(set) under the minimums:\n\(output.split(separator: "\n").last ?? "")")
    }

    private func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
