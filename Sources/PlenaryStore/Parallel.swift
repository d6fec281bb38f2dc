import Foundation

/// The few concurrency helpers the store, the index and the commands share: JSON decoding
/// and stat'ing are CPU- or syscall-bound and spread well over the cores.
public enum Parallel {
    /// `items.map(transform)` spread over the cores, in order. Below `threshold` items it
    /// runs inline. Small items (files) are dealt 32 to a chunk; with a threshold under 64
    /// (big items such as folders) one each.
    public static func map<T: Sendable, R: Sendable>(
        _ items: [T], threshold: Int = 64,
        _ transform: @escaping @Sendable (T) -> R
    ) -> [R] {
        guard items.count > threshold else { return items.map(transform) }
        let slots = ResultSlots<R>(count: items.count)
        let perChunk = threshold < 64 ? 1 : 32
        let chunks = max(1, min(items.count / perChunk, ProcessInfo.processInfo.activeProcessorCount * 4))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < items.count {
                slots.set(i, transform(items[i]))
                i += chunks
            }
        }
        return slots.values()
    }
}

/// Work started on its own thread now, its result collected later (`value` waits). A
/// thread rather than the dispatch pool, so work that itself uses `Parallel.map` never
/// waits for a pool the caller is holding.
public final class BackgroundValue<T: Sendable>: @unchecked Sendable {
    private let lock = NSCondition()
    private var result: T?

    public init(_ work: @escaping @Sendable () -> T) {
        Thread.detachNewThread {
            let value = work()
            self.lock.lock()
            self.result = value
            self.lock.broadcast()
            self.lock.unlock()
        }
    }

    public var value: T {
        lock.lock()
        defer { lock.unlock() }
        while result == nil { lock.wait() }
        return result!
    }
}

/// Result storage for `Parallel.map`: each index is written by exactly one worker.
/// A raw buffer rather than an array, so concurrent writes to distinct slots do not trip
/// Swift's exclusivity checks on a shared property.
private final class ResultSlots<R>: @unchecked Sendable {
    private let count: Int
    private let storage: UnsafeMutablePointer<R?>
    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }
    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
    func set(_ index: Int, _ value: R) { storage[index] = value }
    func values() -> [R] { (0..<count).map { storage[$0]! } }
}
