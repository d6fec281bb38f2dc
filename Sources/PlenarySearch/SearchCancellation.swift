import Foundation

/// Cancels a running search from another thread: the browser runs one search per keystroke
/// and cancels the previous one. Cancelling interrupts the SQLite statement in flight.
public final class SearchCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var onCancel: (() -> Void)?

    public init() {}

    public var isCancelled: Bool { lock.withLock { cancelled } }

    public func cancel() {
        let action: (() -> Void)? = lock.withLock {
            cancelled = true
            defer { onCancel = nil }
            return onCancel
        }
        action?()
    }

    /// Runs `body` with `interrupt` installed as what `cancel()` does meanwhile.
    func whileRunning<T>(interrupt: @escaping () -> Void, _ body: () throws -> T) throws -> T {
        let already: Bool = lock.withLock {
            if cancelled { return true }
            onCancel = interrupt
            return false
        }
        if already { throw SearchError.cancelled }
        defer { lock.withLock { onCancel = nil } }
        return try body()
    }
}
