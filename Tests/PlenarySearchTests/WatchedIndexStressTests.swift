import Foundation
import PlenaryModel
import PlenaryTestSupport
@testable import PlenarySearch
@testable import PlenaryStore
import XCTest

#if os(Linux)
/// A writer rewrites meetings as fast as it can while searches keep the index current through
/// the store's watcher alone; when the writer stops, one more watched refresh must leave the
/// index exactly as a check of every file would: nothing missed, nothing left over.
final class WatchedIndexStressTests: XCTestCase {
    func testNoChangeIsMissedWhileAWriterRuns() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-watch-stress-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try Store.create(root)
        let ids = (1...40).map { String(format: "2017-09-%02d-oic-meeting-%02d", 1 + $0 % 28, $0) }
        @Sendable func meeting(_ id: String, word: String) -> Meeting {
            Meeting(
                id: id, title: "Meeting", date: String(id.prefix(10)), organization: "OIC",
                paragraphs: [Paragraph(index: 1, number: "1", text: "The Group discussed \(word) at length.")])
        }
        for id in ids { try store.save(meeting(id, word: "opening")) }
        let index = try SearchIndex.open(store: store)

        let watcher = try WatcherThread(store)
        defer { watcher.stop(store) }
        try index.refresh(watched: XCTUnwrap(WatchClient.sync(store, since: index.watchToken)))

        // The writer: atomic saves and in-place overwrites, each meeting ending on its own word.
        let rounds = 300
        let writer = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            for round in 0..<rounds {
                let id = ids[round % ids.count]
                let record = meeting(id, word: "word\(round)")
                if round % 3 == 0, let url = try? store.locate(id: id), let data = try? RecordCoding.encode(record),
                    let handle = try? FileHandle(forWritingTo: url)
                {
                    try? handle.truncate(atOffset: 0)
                    try? handle.write(contentsOf: data)
                    try? handle.close()
                } else {
                    try? store.save(record)
                }
            }
            writer.signal()
        }
        var refreshes = 0
        while writer.wait(timeout: .now()) == .timedOut {
            if let reply = WatchClient.sync(store, since: index.watchToken) { _ = try? index.refresh(watched: reply) }
            refreshes += 1
        }
        let last = try XCTUnwrap(WatchClient.sync(store, since: index.watchToken))
        try index.refresh(watched: last)

        XCTAssertGreaterThan(refreshes, 1, "the searches ran while the writer wrote")
        XCTAssertEqual(try index.refresh(), IndexChanges(), "a check of every file finds nothing the watcher missed")
        for (i, id) in ids.enumerated() {
            let final = (0..<rounds).last { $0 % ids.count == i }!
            XCTAssertEqual(try index.matches("word\(final)"), [ParagraphRef(meeting: id, paragraph: 1)], id)
        }
        XCTAssertEqual(try index.matches("opening"), [])
    }
}
#endif
