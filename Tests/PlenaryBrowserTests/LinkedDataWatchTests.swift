import Foundation
import PlenaryModel
@testable import PlenaryBrowser
import PlenarySearch
import PlenaryTestSupport
import PlenaryStore
import XCTest

#if os(Linux)
/// The browser keeps its index open for the whole run; with a store watcher each search
/// first takes in what changed meanwhile, so a meeting edited in another window is searched
/// as it now is.
final class LinkedDataWatchTests: XCTestCase {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func bump() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    func testEachSearchTakesInWhatTheWatcherSaw() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-linked-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try Store.create(root)
        try store.save(
            Meeting(
                id: "2017-09-19-cg", title: "Contact Group", date: "2017-09-19", organization: "OIC",
                paragraphs: [Paragraph(index: 1, number: "1", text: "The Group condemned the ceasefire violations.")]))
        let starts = Counter()
        let linked = LinkedData.store(store, startWatcher: { starts.bump() })

        // No watcher yet: the search works from the index as opened, and asks for one, once.
        XCTAssertEqual(try linked.currentSearchIndex().matches("ceasefire").count, 1)
        _ = try linked.currentSearchIndex()
        XCTAssertEqual(starts.count, 1)

        let watcher = try WatcherThread(store)
        defer { watcher.stop(store) }
        _ = try linked.currentSearchIndex()  // the first answer: every file checked once, the token kept

        try store.save(
            Meeting(
                id: "2017-09-19-cg", title: "Contact Group", date: "2017-09-19", organization: "OIC",
                paragraphs: [Paragraph(index: 1, number: "1", text: "The Group welcomed the armistice.")]))
        let index = try linked.currentSearchIndex()
        XCTAssertEqual(try index.matches("armistice").count, 1)
        XCTAssertEqual(try index.matches("ceasefire").count, 0)
        XCTAssertEqual(starts.count, 1)
    }
}
#endif
