/// A terminal colour: the terminal's own default, one of the 8 basic colours or (on
/// 256-colour terminals) an indexed one.
public enum Color: Hashable, Sendable {
    case terminalDefault
    case basic(Int)
    case indexed(Int)

    public static let black = Color.basic(0), red = Color.basic(1), green = Color.basic(2), yellow = Color.basic(3)
    public static let blue = Color.basic(4), magenta = Color.basic(5), cyan = Color.basic(6), white = Color.basic(7)

    /// The colour number for curses (`-1` for the default).
    public var number: Int {
        switch self {
        case .terminalDefault: return -1
        case .basic(let n), .indexed(let n): return n
        }
    }
}
