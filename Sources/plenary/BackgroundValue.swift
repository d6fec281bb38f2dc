import Foundation

/// Work started on another thread now, its result collected later (`value` waits).
final class BackgroundValue<T: Sendable>: @unchecked Sendable {
    private let lock = NSCondition()
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        Thread.detachNewThread {
            let value = work()
            self.lock.lock()
            self.result = value
            self.lock.broadcast()
            self.lock.unlock()
        }
    }

    var value: T {
        lock.lock()
        defer { lock.unlock() }
        while result == nil { lock.wait() }
        return result!
    }
}
