import Foundation
import XCTest

/// Every `--help` of every command reads as prose: no run of spaces inside a sentence (a
/// multi-line Swift string without its trailing backslashes leaves such runs), only the
/// alignment of argument-parser's two columns.
final class HelpTextTests: XCTestCase {
    /// argument-parser's description column: labels are padded up to it.
    static let descriptionColumn = 26

    /// The runs of two or more spaces inside `line` that are not the padding before the description column.
    static func strayRuns(in line: String) -> [Int] {
        let chars = Array(line)
        guard let first = chars.firstIndex(where: { $0 != " " }) else { return [] }
        var runs: [Int] = []
        var i = first
        while i < chars.count {
            guard chars[i] == " " else { i += 1; continue }
            var j = i
            while j < chars.count && chars[j] == " " { j += 1 }
            if j - i >= 2 && j < chars.count && j != descriptionColumn { runs.append(i) }
            i = j
        }
        return runs
    }

    func testTheRuleCatchesAStrayRun() {
        XCTAssertEqual(Self.strayRuns(in: "  paragraphs a         search finds"), [14])
        XCTAssertEqual(Self.strayRuns(in: "  init                    Create an empty store."), [])
        XCTAssertEqual(Self.strayRuns(in: "                          as meetings."), [])
    }

    func testEveryHelpHasNoStraySpaces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var pending: [[String]] = [[]]
        var seen = 0
        while let command = pending.popLast() {
            let run = try PlenaryProcess.run(command + ["--help"], in: folder)
            XCTAssertEqual(run.status, 0, "\(command) --help: \(run.stderr)")
            seen += 1
            var inSubcommands = false
            for line in run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                XCTAssertEqual(Self.strayRuns(in: line), [], "plenary \(command.joined(separator: " ")) --help: \"\(line)\"")
                if line.hasPrefix("SUBCOMMANDS:") { inSubcommands = true; continue }
                if inSubcommands {
                    // "  name    abstract": an entry; a line not indented ends the section.
                    if !line.hasPrefix(" ") { inSubcommands = false; continue }
                    let chars = Array(line)
                    guard chars.count > 2, chars[2] != " " else { continue }
                    let name = String(chars[2...].prefix { $0 != " " })
                    if name != "help" { pending.append(command + [name]) }
                }
            }
        }
        XCTAssertGreaterThan(seen, 12, "the subcommands were not all found")
    }
}
