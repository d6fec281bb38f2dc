/// A one-line text prompt (`:` commands, `/` searches, `f` filters) as a value: editing is
/// a pure function of the state and a key.
public struct Prompt: Equatable, Sendable {
    /// What the prompt shows before the text, e.g. `:` or `/`.
    public var prefix: String
    public private(set) var text: [Character]
    /// Insertion point, 0…text.count.
    public private(set) var cursor: Int
    public var history: [String]
    private var historyIndex: Int?
    private var draft: [Character] = []

    public init(prefix: String, text: String = "", history: [String] = []) {
        self.prefix = prefix
        self.text = Array(text)
        self.cursor = self.text.count
        self.history = history
    }

    public var value: String { String(text) }

    public enum Outcome: Equatable, Sendable {
        /// The text changed (for live filters and searches).
        case edited
        /// Only the cursor moved, or nothing happened.
        case unchanged
        case submitted(String)
        case cancelled
    }

    public mutating func handle(_ event: KeyEvent) -> Outcome {
        let before = text
        switch (event.key, event.modifiers) {
        case (.enter, _):
            return .submitted(value)
        case (.escape, _), (.character("g"), .control), (.character("c"), .control):
            return .cancelled
        case (.left, []), (.character("b"), .control):
            cursor = max(0, cursor - 1)
        case (.right, []), (.character("f"), .control):
            cursor = min(text.count, cursor + 1)
        case (.home, _), (.character("a"), .control):
            cursor = 0
        case (.end, _), (.character("e"), .control):
            cursor = text.count
        case (.backspace, _), (.character("h"), .control):
            if text.isEmpty { return .cancelled }
            if cursor > 0 {
                text.remove(at: cursor - 1)
                cursor -= 1
            }
        case (.delete, _), (.character("d"), .control):
            if cursor < text.count { text.remove(at: cursor) }
        case (.character("u"), .control):
            text.removeSubrange(0..<cursor)
            cursor = 0
        case (.character("k"), .control):
            text.removeSubrange(cursor..<text.count)
        case (.character("w"), .control), (.backspace, .alt):
            var start = cursor
            while start > 0 && text[start - 1] == " " { start -= 1 }
            while start > 0 && text[start - 1] != " " { start -= 1 }
            text.removeSubrange(start..<cursor)
            cursor = start
        case (.up, _), (.character("p"), .control):
            recall(older: true)
        case (.down, _), (.character("n"), .control):
            recall(older: false)
        default:
            guard let c = event.typedCharacter, !c.isNewline else { return .unchanged }
            text.insert(c, at: cursor)
            cursor += 1
        }
        return text == before ? .unchanged : .edited
    }

    private mutating func recall(older: Bool) {
        guard !history.isEmpty else { return }
        if historyIndex == nil { draft = text }
        var index = historyIndex ?? history.count
        index += older ? -1 : 1
        if index < 0 { return }
        if index >= history.count {
            historyIndex = nil
            text = draft
        } else {
            historyIndex = index
            text = Array(history[index])
        }
        cursor = text.count
    }

    /// Draws the prompt on row `y`, scrolled so the insertion point is visible; returns the
    /// cursor's screen position.
    @discardableResult
    public func render(into grid: inout Grid, row y: Int, style: Style = .prompt) -> Position {
        let width = grid.width
        grid.fill(Rect(x: 0, y: y, width: width, height: 1), style: .normal)
        let prefixWidth = grid.put(prefix, x: 0, y: y, style: style)
        let room = max(1, width - prefixWidth - 1)
        // Scroll: show the text ending at the cursor when it would not fit.
        var start = 0
        var widthToCursor = DisplayWidth.of(String(text[0..<cursor]))
        while widthToCursor > room - 1 && start < cursor {
            widthToCursor -= DisplayWidth.of(text[start])
            start += 1
        }
        grid.put(String(text[start...]), x: prefixWidth, y: y, style: .normal, limit: room)
        return Position(x: min(width - 1, prefixWidth + widthToCursor), y: y)
    }
}
