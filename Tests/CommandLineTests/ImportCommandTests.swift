import Foundation
import PlenaryModel
import XCTest

/// `plenary import` through the built binary: dry runs, the store, and one line per bad file.
final class ImportCommandTests: XCTestCase {
    private var folder: URL!

    static let document = """
        HomeNews

        COUNCIL OF MINISTERS MEETS IN ACCRA - 2021-05-05

        1. The ECOWAS Council of Ministers met in Accra on 5 May 2021 at the Ministerial level. It was attended by the delegations of Ghana, Senegal and Togo.

        2. H.E. Amina Example, Minister of Foreign Affairs of Ghana, recalled resolution 2391 (2017).

        Print this page
        """

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    private func plenary(_ arguments: String...) throws -> Run {
        let run = try PlenaryProcess.run(arguments, in: folder)
        return Run(status: run.status, stdout: run.stdout, stderr: run.stderr)
    }

    private func write(_ name: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func testDryRunJSONPrintsRecordsAndWritesNothing() throws {
        try write("accra.txt", Data(Self.document.utf8))
        let run = try plenary("import", "--dry-run", "--json", "accra.txt")
        XCTAssertEqual(run.status, 0, run.stderr)
        let meetings = try RecordCoding.decode([Meeting].self, from: Data(run.stdout.utf8))
        XCTAssertEqual(meetings.count, 1)
        XCTAssertEqual(meetings[0].date, "2021-05-05")
        XCTAssertEqual(Set(meetings[0].attendance.compactMap(\.country)), ["GHA", "SEN", "TGO"])
        XCTAssertEqual(meetings[0].citations.compactMap(\.symbol), ["S/RES/2391 (2017)"])
        XCTAssertEqual(meetings[0].source?.format, "text")
        XCTAssertEqual(meetings[0].source?.sha256.count, 64)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data").path))
    }

    func testImportKeepsSourceAndReimportChangesNothing() throws {
        try write("in/accra.txt", Data(Self.document.utf8))
        XCTAssertEqual(try plenary("init", "store").status, 0)
        let first = try plenary("import", "--store", "store", "in")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("imported in/accra.txt"), first.stdout)
        XCTAssertTrue(first.stderr.contains("imported 1, unchanged 0, failed 0"), first.stderr)
        let kept = folder.appendingPathComponent("store/sources/2021")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: kept.path).count, 1)
        let again = try plenary("import", "--store", "store", "in/accra.txt")
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("unchanged"), again.stdout)
        XCTAssertTrue(again.stderr.contains("imported 0, unchanged 1, failed 0"), again.stderr)
    }

    func testBadFilesGetOneLineEachWhileOthersImport() throws {
        try write("good.txt", Data(Self.document.utf8))
        try write("empty.txt", Data())
        try write("binary.bin", Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0xFF]))
        try write("weather.txt", Data("It rained all day long in the valley and nobody met anyone at all.\n".utf8))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("hollow/inner"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("huge.txt").path, contents: nil)
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("huge.txt"))
        try handle.truncate(atOffset: 51 << 20)
        try handle.close()
        XCTAssertEqual(try plenary("init", "store").status, 0)

        let run = try plenary(
            "import", "--store", "store", "good.txt", "empty.txt", "binary.bin", "weather.txt", "hollow", "huge.txt", "missing.txt")
        XCTAssertEqual(run.status, 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        for (file, reason) in [
            ("empty.txt", "empty"), ("binary.bin", "binary"), ("weather.txt", "no meeting recognised"),
            ("hollow", "no documents"), ("huge.txt", "50 MiB"), ("missing.txt", "no such file"),
        ] {
            let line = lines.filter { $0.hasPrefix("plenary: \(file): ") }
            XCTAssertEqual(line.count, 1, "\(file): \(run.stderr)")
            XCTAssertTrue(line.first?.contains(reason) == true, "\(file): \(line)")
        }
        XCTAssertTrue(run.stdout.contains("imported good.txt"), run.stdout)
        XCTAssertTrue(run.stderr.contains("imported 1, unchanged 0, failed 6"), run.stderr)
        XCTAssertFalse(run.stderr.contains("Fatal") || run.stderr.contains("Stack"), run.stderr)

        let forced = try plenary("import", "--store", "store", "--force", "weather.txt")
        XCTAssertEqual(forced.status, 0, forced.stderr)
    }

    func testFileThatFailsToReadGetsTheSystemsReason() throws {
        // Reading /proc/self/mem from its start fails with EIO, even as root.
        guard FileManager.default.fileExists(atPath: "/proc/self/mem") else { throw XCTSkip("SKIP: no /proc on this system") }
        let run = try plenary("import", "--dry-run", "/proc/self/mem")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.hasPrefix("plenary: /proc/self/mem: cannot read: input/output error"), run.stderr)
    }

    func testUnreadableFile() throws {
        guard getuid() != 0 else { throw XCTSkip("SKIP: running as root, every file is readable") }
        try write("secret.txt", Data(Self.document.utf8))
        chmod(folder.appendingPathComponent("secret.txt").path, 0)
        let run = try plenary("import", "--dry-run", "secret.txt")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.hasPrefix("plenary: secret.txt: cannot read"), run.stderr)
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try plenary("import").status, 2)
        XCTAssertEqual(try plenary("import", "--format", "pdf", "x.txt").status, 2)
    }
}
