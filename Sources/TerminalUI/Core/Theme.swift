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

/// How one style looks on the screen.
public struct Appearance: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = Appearance()
}

/// Resolves semantic styles to appearances. Both themes keep the terminal's own background
/// for ordinary text; the monochrome one uses only bold, underline, reverse and dim.
public struct Theme: Sendable {
    public var name: String
    private var table: [Style: Appearance]

    public init(name: String, table: [Style: Appearance]) {
        self.name = name
        self.table = table
    }

    public func appearance(_ style: Style) -> Appearance { table[style] ?? .plain }

    public static let monochrome = Theme(name: "monochrome", table: [
        .title: Appearance(bold: true),
        .heading: Appearance(bold: true),
        .dim: Appearance(dim: true),
        .link: Appearance(underline: true),
        .focusedLink: Appearance(bold: true, underline: true, reverse: true),
        .match: Appearance(bold: true, underline: true),
        .currentMatch: Appearance(bold: true, reverse: true),
        .selection: Appearance(reverse: true),
        .status: Appearance(reverse: true),
        .prompt: Appearance(bold: true),
        .error: Appearance(bold: true, reverse: true),
    ])

    /// Colours from the basic eight, so they follow the user's terminal palette.
    public static let standard = Theme(name: "default", table: [
        .title: Appearance(foreground: .yellow, bold: true),
        .heading: Appearance(foreground: .cyan, bold: true),
        .dim: Appearance(dim: true),
        .link: Appearance(foreground: .blue, underline: true),
        .focusedLink: Appearance(foreground: .black, background: .cyan, underline: true),
        .match: Appearance(foreground: .black, background: .yellow),
        .currentMatch: Appearance(foreground: .black, background: .magenta, bold: true),
        .selection: Appearance(reverse: true),
        .status: Appearance(reverse: true),
        .prompt: Appearance(bold: true),
        .error: Appearance(foreground: .white, background: .red, bold: true),
    ])

    /// The theme for a terminal with `colors` colours and this environment: `NO_COLOR`
    /// (set and non-empty) or fewer than 8 colours gives monochrome.
    public static func forTerminal(colors: Int, environment: [String: String]) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        return colors >= 8 ? .standard : .monochrome
    }

    /// A theme by name (`default`, `monochrome`), for the configuration file.
    public static func named(_ name: String) -> Theme? {
        switch name {
        case "default", "standard": return .standard
        case "monochrome", "mono": return .monochrome
        default: return nil
        }
    }
}
