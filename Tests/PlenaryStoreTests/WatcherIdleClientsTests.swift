import Foundation
import PlenaryTestSupport
@testable import PlenaryStore
import XCTest

#if os(Linux)
/// Issue 12, row 8: 30 connections that never send a request used to stall the watcher for a
/// second each (`watch --status` said "not watched", searches waited). Now each idle client
/// holds a slot for half a second at most and the others are answered meanwhile.
final class WatcherIdleClientsTests: XCTestCase {
    func testIdleConnectionsDoNotStallTheWatcher() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url.appendingPathComponent("store"))
        let watcher = try WatcherThread(store)
        defer { watcher.stop(store) }

        var idle: [Int32] = []
        defer { for fd in idle { close(fd) } }
        for _ in 0..<30 {
            let fd = UnixSocket.make()
            XCTAssertGreaterThanOrEqual(fd, 0)
            let connected = UnixSocket.withAddress(directory: store.derivedDirectory.path, name: StoreWatcher.socketName) {
                connect(fd, $0, $1)
            }
            XCTAssertEqual(connected, 0)
            idle.append(fd)
        }
        // A hang guard: with the old one-client-at-a-time loop this took 30 s and gave nil.
        let start = Date()
        let status = WatchClient.status(store)
        XCTAssertNotNil(status, "the watcher answered beside 30 idle connections")
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
        XCTAssertNotNil(WatchClient.sync(store, since: nil), "a search's question is answered too")
    }
}
#endif
