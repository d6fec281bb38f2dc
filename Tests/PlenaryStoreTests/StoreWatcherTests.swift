import Foundation
import PlenaryModel
import PlenaryTestSupport
@testable import PlenaryStore
import XCTest

#if os(Linux)
/// A real watcher on a temporary store, in this process: what it reports after the changes
/// other programs make, and when it exits.
final class StoreWatcherTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: Store!
    private var watcher: WatcherThread!

    override func setUpWithError() throws {
        folder = TemporaryFolder()
        store = try Store.create(folder.url.appendingPathComponent("store"))
        try store.save(meeting("2017-09-19-a"))
        try store.save(meeting("2017-09-20-b"))
        watcher = try WatcherThread(store)
    }

    override func tearDown() {
        WatchClient.stop(store)
        _ = watcher.exit()
    }

    private func path(_ id: String, year: String = "2017") -> String { "meetings/\(year)/\(id).json" }

    /// The token after a first sync, as a search that checked every file would store it.
    private func baseline() throws -> WatchToken {
        let first = try XCTUnwrap(WatchClient.sync(store, since: nil))
        XCTAssertEqual(first.changes, .unknown)
        let again = try XCTUnwrap(WatchClient.sync(store, since: first.token))
        XCTAssertEqual(again.changes, .paths([]))
        return again.token
    }

    func testInPlaceEditsRenamesNewFilesAndRemovalsAreListed() throws {
        let token = try baseline()
        // In place, same size: what size-and-time checks can miss within one clock tick.
        let handle = try FileHandle(forWritingTo: store.root.appendingPathComponent(path("2017-09-19-a")))
        try handle.seek(toOffset: 10)
        try handle.write(contentsOf: Data(" ".utf8))
        try handle.close()
        try store.save(meeting("2017-09-20-b", text: "Rewritten through a temporary file and a rename."))
        try store.save(meeting("2017-09-21-c"))
        try FileManager.default.removeItem(at: store.root.appendingPathComponent(path("2017-09-19-a")))
        // Hidden files (a writer's temporary files) and other names are not meeting files.
        try Data("x".utf8).write(to: store.root.appendingPathComponent("meetings/2017/.scratch.json"))
        try Data("x".utf8).write(to: store.root.appendingPathComponent("meetings/2017/notes.txt"))

        let reply = try XCTUnwrap(WatchClient.sync(store, since: token))
        XCTAssertEqual(reply.changes, .paths([path("2017-09-19-a"), path("2017-09-20-b"), path("2017-09-21-c")]))
        XCTAssertEqual(WatchClient.sync(store, since: reply.token)?.changes, .paths([]))
    }

    func testANewYearFolderAsksForAFullCheckThenIsWatched() throws {
        let token = try baseline()
        try store.save(meeting("2018-01-02-d", date: "2018-01-02"))
        let reply = try XCTUnwrap(WatchClient.sync(store, since: token))
        XCTAssertEqual(reply.changes, .unknown)
        try store.save(meeting("2018-01-03-e", date: "2018-01-03"))
        XCTAssertEqual(WatchClient.sync(store, since: reply.token)?.changes, .paths([path("2018-01-03-e", year: "2018")]))
        XCTAssertTrue(WatchClient.status(store)?.contains("folders=2") ?? false)
    }

    func testASecondWatcherStepsAside() throws {
        XCTAssertEqual(try StoreWatcher.run(store: store, idleSeconds: 1), .alreadyRunning)
    }

    func testAStoreWhosePathIsTooLongForASocketAddress() throws {
        // Unix socket paths stop at 107 bytes; the watcher and its clients go through /proc/self/fd.
        let deep = folder.url.appendingPathComponent(String(repeating: "long folder name ", count: 6))
            .appendingPathComponent("store")
        XCTAssertGreaterThan(deep.path.utf8.count + "/.plenary/watch.sock".utf8.count, 107)
        let longStore = try Store.create(deep)
        try longStore.save(meeting("2017-09-19-a"))
        let longWatcher = try WatcherThread(longStore)
        let token = try XCTUnwrap(WatchClient.sync(longStore, since: nil)).token
        try longStore.save(meeting("2017-09-19-a", text: "Changed."))
        XCTAssertEqual(WatchClient.sync(longStore, since: token)?.changes, .paths([path("2017-09-19-a")]))
        XCTAssertTrue(WatchClient.stop(longStore))
        XCTAssertEqual(longWatcher.exit(), .stopped)
    }

    func testStopsWhenAskedAndWhenTheStoreIsRemoved() throws {
        XCTAssertTrue(WatchClient.stop(store))
        XCTAssertEqual(watcher.exit(), .stopped)
        XCTAssertNil(WatchClient.status(store))
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.derivedDirectory.appendingPathComponent("watch.sock").path))

        // A new watcher on the same store, then the store goes away under it.
        watcher = try WatcherThread(store)
        try FileManager.default.removeItem(at: store.root)
        XCTAssertEqual(watcher.exit(), .storeGone)
    }
}

#endif
