import Foundation
import PlenaryModel
@testable import PlenaryStore
import XCTest

func meeting(_ id: String, date: String = "2017-09-19", title: String = "A meeting", text: String = "Text.") -> Meeting {
    Meeting(
        id: id, title: title, date: date, organization: "OIC", body: "Contact Group",
        paragraphs: [Paragraph(index: 1, number: "1", section: "1", text: text)])
}

final class StoreTests: XCTestCase {
    func testCreateOpenAndRefuseNewerFormat() throws {
        let folder = TemporaryFolder()
        XCTAssertThrowsError(try Store.open(folder.url)) { XCTAssertEqual($0 as? StoreError, .notAStore(path: folder.url.path)) }
        _ = try Store.create(folder.url)
        XCTAssertThrowsError(try Store.create(folder.url))
        _ = try Store.open(folder.url)
        for sub in ["meetings", "sources", "catalog"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(sub).path))
        }
        try Data(#"{"format": "plenary.store/2"}"#.utf8).write(to: folder.url.appendingPathComponent("plenary-store.json"))
        XCTAssertThrowsError(try Store.open(folder.url)) { error in
            XCTAssertTrue("\(error)".contains("plenary.store/2 is newer than this plenary understands"), "\(error)")
        }
    }

    func testSaveReadMoveAndDelete() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        try store.save(meeting("m1"))
        XCTAssertEqual(try store.meeting(id: "m1"), meeting("m1"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("meetings/2017/m1.json").path))
        try store.save(meeting("m1", date: "2018-01-02"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("meetings/2017/m1.json").path))
        XCTAssertEqual(try store.meeting(id: "m1").date, "2018-01-02")
        try store.delete(id: "m1")
        XCTAssertThrowsError(try store.meeting(id: "m1")) { XCTAssertEqual($0 as? StoreError, .meetingNotFound(id: "m1")) }
    }

    func testInvalidMeetingIsNotWritten() throws {
        let store = try Store.create(TemporaryFolder().url)
        var bad = meeting("m2")
        bad.date = "2017-02-31"
        XCTAssertThrowsError(try store.save(bad)) { error in
            XCTAssertTrue("\(error)".contains("date: \"2017-02-31\""), "\(error)")
        }
        XCTAssertEqual(store.meetingFiles().count, 0)
    }

    func testIDsCannotEscapeTheStore() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url.appendingPathComponent("store"))
        for id in ["../escape", "/etc/passwd", "a/b", "..", "a\0b", ".hidden", "UPPER", ""] {
            XCTAssertThrowsError(try store.meeting(id: id), id) { XCTAssertEqual($0 as? StoreError, .invalidID(id)) }
            XCTAssertThrowsError(try store.save(meeting(id)), id)
            XCTAssertThrowsError(try store.delete(id: id), id)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.url.path), ["store"])
    }

    func testSummariesNoticeChangesBehindTheirBack() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        try store.save(meeting("a", date: "2016-01-01", title: "Old"))
        try store.save(meeting("b", date: "2018-01-01"))
        XCTAssertEqual(store.summaries().summaries.map(\.id), ["b", "a"], "newest first")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".plenary/summaries.tsv").path))

        // Another program rewrites a file, adds one and removes one.
        let fileA = folder.url.appendingPathComponent("meetings/2016/a.json")
        try RecordCoding.encode(meeting("a", date: "2016-01-01", title: "New title, longer")).write(to: fileA)
        try RecordCoding.encode(meeting("c", date: "2019-05-05")).write(
            to: folder.url.appendingPathComponent("meetings/2019/c.json", isDirectory: false).creatingFolder())
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("meetings/2018/b.json"))

        let listing = store.summaries()
        XCTAssertEqual(listing.summaries.map(\.id), ["c", "a"])
        XCTAssertEqual(listing.summaries.last?.title, "New title, longer")
        XCTAssertEqual(listing.problems, [])
    }

    func testSummaryCacheEscapesTabsAndNewlines() throws {
        let store = try Store.create(TemporaryFolder().url)
        try store.save(meeting("t", title: "Tab\there\\ and\nnewline"))
        _ = store.summaries()
        XCTAssertEqual(store.summaries().summaries.first?.title, "Tab\there\\ and\nnewline")
    }

    func testCorruptFileIsReportedWithLineAndColumnWhileOthersList() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        try store.save(meeting("good"))
        let bad = folder.url.appendingPathComponent("meetings/2017/bad.json")
        try Data("{\n  \"format\": \"plenary.meeting/1\",\n  \"id\": \"bad\",,\n}\n".utf8).write(to: bad)
        let invalid = folder.url.appendingPathComponent("meetings/2017/invalid.json")
        var m = meeting("invalid")
        m.paragraphs[0].index = 7
        try RecordCoding.encode(m).write(to: invalid)

        let listing = store.summaries()
        XCTAssertEqual(listing.summaries.map(\.id), ["good"])
        XCTAssertEqual(listing.problems.count, 2)
        XCTAssertEqual(listing.problems[0].path, "meetings/2017/bad.json")
        XCTAssertTrue(listing.problems[0].reason.contains("line 3, column"), listing.problems[0].reason)
        XCTAssertEqual(listing.problems[1].path, "meetings/2017/invalid.json")
        XCTAssertTrue(listing.problems[1].reason.contains("paragraphs[0].index"), listing.problems[1].reason)
        XCTAssertThrowsError(try store.meeting(id: "bad")) {
            XCTAssertTrue("\($0)".contains("meetings/2017/bad.json: invalid JSON at line 3"))
        }
        // A warm listing still reports the problems (they are cached with the file's stamp).
        XCTAssertEqual(store.summaries().problems.count, 2)
    }

    func testReimportingTheSameBytesIsANoOp() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        let bytes = Data("The source document.".utf8)
        XCTAssertEqual(try store.importDocument([meeting("doc")], sourceBytes: bytes, sourceExtension: "txt"), .imported(["doc"]))
        XCTAssertEqual(try store.importDocument([meeting("doc")], sourceBytes: bytes, sourceExtension: "txt"), .unchanged(["doc"]))
        // A fresh process (new Store value) still knows the source from the summary cache.
        XCTAssertEqual(
            try Store.open(folder.url).importDocument([meeting("doc")], sourceBytes: bytes, sourceExtension: "txt"), .unchanged(["doc"]))
        // Different bytes with the same meeting id get a suffixed id, never an overwrite.
        XCTAssertEqual(
            try store.importDocument([meeting("doc")], sourceBytes: Data("Another".utf8), sourceExtension: "txt"), .imported(["doc-2"]))
        let kept = try Data(contentsOf: folder.url.appendingPathComponent("sources/2017/doc.txt"))
        XCTAssertEqual(kept, bytes)
        XCTAssertEqual(try store.meeting(id: "doc").source?.sha256, SHA256.hex(bytes))
        XCTAssertEqual(StoreCheck.run(store).problems, [])
    }

    func testSHA256KnownAnswers() {
        XCTAssertEqual(SHA256.hex(Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex(Data(String(repeating: "a", count: 1000).utf8)),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    func testCheckFindsMisplacedAndMismatchedFiles() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        try store.save(meeting("ok"))
        try RecordCoding.encode(meeting("other")).write(to: folder.url.appendingPathComponent("meetings/2017/renamed.json"))
        try RecordCoding.encode(meeting("moved")).write(to: folder.url.appendingPathComponent("meetings/1999/moved.json").creatingFolder())
        let problems = StoreCheck.run(store).problems.map(\.description)
        XCTAssertEqual(
            problems,
            [
                "meetings/1999/moved.json: should be at meetings/2017/moved.json (from its date)",
                "meetings/2017/renamed.json: id \"other\" does not match the file name renamed.json",
            ])
    }

    func testCheckReportsTheLitterOfAnInterruptedWrite() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        try store.save(meeting("kept"))
        // A writer that has certainly exited: a finished child process.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = child.processIdentifier
        let litter = ".kept.json.tmp-\(dead)-42"
        try Data("{\"half".utf8).write(to: folder.url.appendingPathComponent("meetings/2017/\(litter)"))
        // One of a writer still running (this test) is not litter.
        try Data("{".utf8).write(to: folder.url.appendingPathComponent("meetings/2017/.kept.json.tmp-\(getpid())-7"))

        XCTAssertEqual(AtomicFile.writerProcess(ofTemporaryName: litter), dead)
        XCTAssertNil(AtomicFile.writerProcess(ofTemporaryName: "kept.json"))
        let problems = StoreCheck.run(store).problems
        XCTAssertEqual(problems.map(\.path), ["meetings/2017/\(litter)"])
        XCTAssertEqual(store.summaries().summaries.map(\.id), ["kept"], "readers never see temporary files")
    }

    func testStoreLocationOrder() {
        let cwd = URL(fileURLWithPath: "/home/u/project")
        let env = ["PLENARY_STORE": "/env/store", "HOME": "/home/u", "XDG_DATA_HOME": "/xdg"]
        XCTAssertEqual(StoreLocation.resolve(explicit: "s", environment: env, currentDirectory: cwd).url.path, "/home/u/project/s")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: env, currentDirectory: cwd).url.path, "/env/store")
        var noEnv = env
        noEnv["PLENARY_STORE"] = nil
        XCTAssertEqual(
            StoreLocation.resolve(explicit: nil, environment: noEnv, currentDirectory: cwd, isStore: { _ in true }).url.path,
            "/home/u/project/data")
        XCTAssertEqual(
            StoreLocation.resolve(explicit: nil, environment: noEnv, currentDirectory: cwd, isStore: { _ in false }).url.path,
            "/xdg/plenary")
        noEnv["XDG_DATA_HOME"] = nil
        XCTAssertEqual(
            StoreLocation.resolve(explicit: nil, environment: noEnv, currentDirectory: cwd, isStore: { _ in false }).url.path,
            "/home/u/.local/share/plenary")
    }
}

extension URL {
    /// Creates the parent folder and returns the URL, for writing files "behind the store's back".
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
