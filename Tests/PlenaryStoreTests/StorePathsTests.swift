import Foundation
import PlenaryModel
@testable import PlenaryStore
import XCTest

/// Issue 12, rows 9–11: a symlinked year folder leading out of the store is refused and
/// reported; temporary files of killed writers are cleaned by the next import; kept sources
/// no meeting refers to are reported.
final class StorePathsTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: Store!

    override func setUpWithError() throws {
        folder = TemporaryFolder()
        store = try Store.create(folder.url.appendingPathComponent("store"))
    }

    private func document(_ id: String, date: String) -> Meeting { meeting(id, date: date) }

    func testSymlinkedYearFolderLeavingTheStoreIsRefusedAndReported() throws {
        let outside = folder.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: store.meetingsDirectory.appendingPathComponent("2020"), withDestinationURL: outside)

        XCTAssertThrowsError(
            try store.importDocument([document("2020-01-10-a", date: "2020-01-10")], sourceBytes: Data("a".utf8), sourceExtension: "txt")
        ) { error in
            guard case .outsideStore(let path, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "meetings/2020")
        }
        XCTAssertThrowsError(try store.save(document("2020-01-11-b", date: "2020-01-11")))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path), [], "nothing written outside the store")
        XCTAssertTrue(StoreCheck.run(store).problems.contains { $0.path == "meetings/2020" && $0.reason.contains("outside the store") })

        // A link that stays inside the store is fine.
        let inside = store.root.appendingPathComponent("archive/2019")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: store.meetingsDirectory.appendingPathComponent("2019"), withDestinationURL: inside)
        XCTAssertEqual(
            try store.importDocument([document("2019-01-10-c", date: "2019-01-10")], sourceBytes: Data("c".utf8), sourceExtension: "txt"),
            .imported(["2019-01-10-c"]))
    }

    func testImportRemovesTemporaryFilesOfKilledWritersAndCheckReportsOrphanSources() throws {
        let year = store.sourcesDirectory.appendingPathComponent("2017")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        // A pid that runs no process: the largest the kernel hands out, plus one.
        let dead =
            (Int32(
                (try? String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
                    ?? "") ?? 4_194_304) + 1
        let leftover = year.appendingPathComponent(".x.txt.tmp-\(dead)-12345")
        try Data("half".utf8).write(to: leftover)
        let orphan = year.appendingPathComponent("2017-09-18-orphan.txt")
        try Data("orphan".utf8).write(to: orphan)
        XCTAssertTrue(StoreCheck.run(store).problems.contains { $0.path.hasSuffix(".tmp-\(dead)-12345") })

        _ = try store.importDocument([document("2017-09-19-a", date: "2017-09-19")], sourceBytes: Data("a".utf8), sourceExtension: "txt")
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover.path), "the next import cleaned the leftover")
        let problems = StoreCheck.run(store).problems
        XCTAssertEqual(problems.map(\.path), ["sources/2017/2017-09-18-orphan.txt"], "\(problems)")
        XCTAssertTrue(problems[0].reason.contains("no meeting refers"))
    }
}
