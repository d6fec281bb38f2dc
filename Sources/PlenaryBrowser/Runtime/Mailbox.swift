import Foundation

/// Where background work posts its results for the input loop to pick up.
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [BrowserEvent] = []
    private var inFlight = 0

    func begin() {
        lock.lock()
        inFlight += 1
        lock.unlock()
    }

    func post(_ event: BrowserEvent) {
        lock.lock()
        events.append(event)
        inFlight -= 1
        lock.unlock()
    }

    /// Work announced with `begin()` ended without an event to post (cancelled, failed).
    func end() {
        lock.lock()
        inFlight -= 1
        lock.unlock()
    }

    func take() -> [BrowserEvent] {
        lock.lock()
        defer { lock.unlock() }
        let taken = events
        events = []
        return taken
    }

    /// Work started whose result has not been taken yet.
    var busy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return inFlight > 0 || !events.isEmpty
    }
}
