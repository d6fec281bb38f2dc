#if os(Linux) && canImport(XCTest)
import Foundation
import PlenaryStore
import XCTest

/// A real store watcher (`StoreWatcher.run`) on its own thread of the test process: started
/// when its socket answers, its exit awaited.
public final class WatcherThread: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private var outcome: StoreWatcher.Exit?
    private var done = false

    public init(_ store: Store, file: StaticString = #filePath, line: UInt = #line) throws {
        Thread.detachNewThread { [self] in
            outcome = try? StoreWatcher.run(store: store, idleSeconds: 120) { ready.signal() }
            ready.signal()
            finished.signal()
        }
        XCTAssertEqual(ready.wait(timeout: .now() + 10), .success, "the watcher did not start", file: file, line: line)
    }

    /// How the watcher ended (waits up to ten seconds; `nil` if it did not).
    public func exit() -> StoreWatcher.Exit? {
        if !done { done = finished.wait(timeout: .now() + 10) == .success }
        return done ? outcome : nil
    }

    /// Asks the watcher to stop and waits for it.
    public func stop(_ store: Store) {
        WatchClient.stop(store)
        _ = exit()
    }
}
#endif
