/// One input event from a terminal: a key with modifiers, a resize or a mouse event.
public struct KeyEvent: Hashable, Sendable, CustomStringConvertible {
    public enum Key: Hashable, Sendable {
        case character(Character)
        case up, down, left, right, home, end, pageUp, pageDown, insert, delete
        case backspace, enter, tab, backTab, escape
        case function(Int)
        /// The terminal changed size; read the new size from the terminal.
        case resize
        case mouse(MouseEvent)
    }

    public struct Modifiers: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let control = Modifiers(rawValue: 1)
        public static let alt = Modifiers(rawValue: 2)
        public static let shift = Modifiers(rawValue: 4)
    }

    public var key: Key
    public var modifiers: Modifiers

    public init(_ key: Key, _ modifiers: Modifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    public static func char(_ c: Character, _ modifiers: Modifiers = []) -> KeyEvent { KeyEvent(.character(c), modifiers) }
    public static func ctrl(_ c: Character) -> KeyEvent { KeyEvent(.character(c), .control) }

    /// The printable character this event types into a prompt, if any.
    public var typedCharacter: Character? {
        if case .character(let c) = key, modifiers.isDisjoint(with: [.control, .alt]) { return c }
        return nil
    }

    // MARK: Notation ("j", "C-u", "M-Left", "S-Tab", "PgDn", "F1", "Space")

    private static let names: [(String, Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("Home", .home), ("End", .end),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("Insert", .insert), ("Delete", .delete),
        ("Backspace", .backspace), ("Enter", .enter), ("Tab", .tab), ("BackTab", .backTab), ("Esc", .escape),
        ("Space", .character(" ")),
    ]

    /// How the event is written in the action table, help and configuration.
    public var description: String {
        var prefix = ""
        if modifiers.contains(.control) { prefix += "C-" }
        if modifiers.contains(.alt) { prefix += "M-" }
        if modifiers.contains(.shift) { prefix += "S-" }
        switch key {
        case .character(let c): return prefix + (c == " " ? "Space" : String(c))
        case .function(let n): return prefix + "F\(n)"
        case .resize: return "Resize"
        case .mouse(let m): return "Mouse(\(m))"
        case .backTab: return prefix + "S-Tab"
        default:
            let name = KeyEvent.names.first { $0.1 == key }?.0 ?? "?"
            return prefix + name
        }
    }

    /// Parses the notation of `description`; `nil` for anything else.
    public init?(notation: String) {
        var rest = Substring(notation)
        var modifiers: Modifiers = []
        while rest.count > 2, rest.dropFirst().first == "-" {
            switch rest.first {
            case "C": modifiers.insert(.control)
            case "M", "A": modifiers.insert(.alt)
            case "S": modifiers.insert(.shift)
            default: return nil
            }
            rest = rest.dropFirst(2)
        }
        if rest.count == 1, let c = rest.first {
            self.init(.character(c), modifiers)
            return
        }
        if modifiers == [.shift], rest == "Tab" {
            self.init(.backTab)
            return
        }
        if rest.first == "F", let n = Int(rest.dropFirst()), (1...24).contains(n) {
            self.init(.function(n), modifiers)
            return
        }
        guard let key = KeyEvent.names.first(where: { $0.0 == rest })?.1 else { return nil }
        self.init(key, modifiers)
    }
}
