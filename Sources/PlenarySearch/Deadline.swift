import Foundation

/// Runs an action (interrupting SQLite) if `finish()` has not been called within a time budget.
final class Deadline: @unchecked Sendable {
    private let lock = NSLock()
    private var active = true
    private var fired = false

    init(after seconds: Double, _ action: @escaping @Sendable () -> Void) {
        DispatchQueue.global(qos: .userInitiated).asyncAfter(deadline: .now() + seconds) { [weak self] in
            guard let self else { return }
            self.lock.withLock {
                guard self.active else { return }
                self.fired = true
                action()
            }
        }
    }

    /// Stops the clock; returns whether the action ran.
    @discardableResult
    func finish() -> Bool {
        lock.withLock {
            active = false
            return fired
        }
    }
}
