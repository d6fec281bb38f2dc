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

    public static let monochrome = Theme(
        name: "monochrome",
        table: [
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
    public static let standard = Theme(
        name: "default",
        table: [
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
