/// `docs/keys.md`, written from the action table so the documentation, the `?` help and the
/// keys cannot drift apart (a test compares the file with this).
public enum KeysDocument {
    public static func markdown(_ table: ActionTable = .standard) -> String {
        var out = """
            # Keys

            <!-- Generated from the browser's action table (Sources/PlenaryBrowser/Actions/ActionTable.swift).
                 Do not edit: run `PLENARY_UPDATE_DOCS=1 swift test --filter KeysDocumentTests` after changing the table. -->

            Every action has a name: type `:name` (with its argument, if any) to run it, or bind it to
            other keys in `config.toml`. Keys are written as in the help: `C-` is Control, `M-` Alt,
            `S-` Shift.

            | Action | Keys | Where | What it does |
            |---|---|---|---|

            """
        for spec in table.specs {
            let keys =
                spec.keys.isEmpty
                ? "`:\(spec.name)\(spec.argument.map { " " + $0 } ?? "")`"
                : spec.keys.map { "`\(escape($0.description))`" }.joined(separator: " ")
            let screens =
                spec.screens.map { set in ScreenKind.ordered(set).map(\.rawValue).joined(separator: ", ") } ?? "everywhere"
            let summary = spec.summary(naming: spec.keys.first?.description ?? ":\(spec.name)")
            out += "| `\(spec.name)` | \(keys) | \(screens) | \(escape(summary)) |\n"
        }
        out += """

            ## Configuration

            `$XDG_CONFIG_HOME/plenary/config.toml` (else `~/.config/plenary/config.toml`) rebinds or
            unbinds any action by the name above and chooses a theme. The keys given replace the
            action's default keys; an empty list unbinds it (`:name` still runs it). A bad line is
            named in the status line at start and skipped; the rest and the defaults still apply.
            What the screens say follows the table: the footers, the help and the messages that
            tell you what to press name the keys bound there (the first that works on the screen).
            A footer leaves out an action no key runs; a message names its `:name` instead (":back
            goes back"). Only a prompt's editing keys (Enter, Esc, C-u, Up, …) and `q` on the
            "terminal too small" notice are fixed.

            ```toml
            theme = "monochrome"      # or "default"; NO_COLOR also gives monochrome

            [keys]
            quit = ["Q", "C-q"]
            timeline = "T"
            pager = []
            ```

            """
        return out
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
