/// A terminal in memory for tests: keys come from a queue, frames are kept.
public final class InMemoryTerminal: Terminal {
    public var size: Size
    public var colors: Int
    public private(set) var frames: [Frame] = []
    public var pendingEvents: [KeyEvent]

    public init(size: Size, events: [KeyEvent] = [], colors: Int = 256) {
        self.size = size
        self.colors = colors
        self.pendingEvents = events
    }

    public var lastFrame: Frame? { frames.last }

    public private(set) var invalidations = 0

    public func draw(_ frame: Frame) { frames.append(frame) }

    public func invalidate() { invalidations += 1 }

    public func nextEvent(timeoutMilliseconds: Int?) -> KeyEvent? {
        guard !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        return event
    }

    /// Types each character of `text` as a key.
    public func type(_ text: String) {
        pendingEvents += text.map { KeyEvent(.character($0)) }
    }
}
