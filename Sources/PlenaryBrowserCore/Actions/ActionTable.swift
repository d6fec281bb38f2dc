import Foundation
import TerminalUI

/// The one table of actions (tig-style): key handling, the `:` prompt, the `?` help and
/// every key named on screen (footers, messages) are all read from it, so they cannot drift
/// apart when `config.toml` rebinds a key.
public struct ActionTable: Sendable {
    public var specs: [ActionSpec]

    public init(specs: [ActionSpec]) { self.specs = specs }

    public static let standard = ActionTable(specs: [
        ActionSpec("move-down", "Next row, or the next paragraph of a meeting", keys: ["j", "Down", "C-n"], action: .moveDown),
        ActionSpec("move-up", "Previous row, or the previous paragraph of a meeting", keys: ["k", "Up", "C-p"], action: .moveUp),
        ActionSpec("page-down", "Next page", keys: ["Space", "PgDn", "C-f"], action: .pageDown),
        ActionSpec("page-up", "Previous page", keys: ["b", "PgUp", "C-b"], action: .pageUp),
        ActionSpec("top", "First row", keys: ["g", "Home"], action: .top),
        ActionSpec("bottom", "Last row", keys: ["G", "End"], action: .bottom),
        ActionSpec("open", "Open the selection", keys: ["Enter", "l", "Right"], action: .open),
        ActionSpec("back", "Back to the previous screen (quits on the first)", keys: ["q", "h", "Backspace", "Left"], action: .back),
        ActionSpec("quit", "Quit Plenary", keys: ["Q", "C-c"], action: .quit),
        ActionSpec("filter", "Filter the list as you type", keys: ["f"], screens: ScreenKind.lists.union([.meetings]), action: .filter),
        ActionSpec("search", "Search forward in the meeting", keys: ["/"], screens: [.meeting], action: .searchForward),
        ActionSpec("search-backward", "Search backward in the meeting", keys: ["?"], screens: [.meeting], action: .searchBackward),
        ActionSpec("next-match", "Next search match", keys: ["n"], screens: [.meeting], action: .nextMatch),
        ActionSpec("previous-match", "Previous search match", keys: ["N"], screens: [.meeting], action: .previousMatch),
        ActionSpec(
            "search-store", "Search as you type: every meeting, or within this speaker, resolution or country", keys: ["/", "s"],
            screens: ScreenKind.lists.union([.meetings, .meeting, .search]), action: .openSearch),
        ActionSpec(
            "timeline", "Timeline of the meeting's series: its agenda item for the Security Council, else its body", keys: ["t"],
            screens: [.meetings, .meeting], action: .timeline),
        ActionSpec(
            "compare", "What changed since the previous meeting of the series (agenda item or body)", keys: ["c"],
            screens: [.meetings, .meeting, .timeline], action: .compare),
        ActionSpec("history-back", "Back in history", keys: ["[", "M-Left"], action: .historyBack),
        ActionSpec("history-forward", "Forward in history", keys: ["]", "M-Right"], action: .historyForward),
        ActionSpec("mark", "Mark this place: {key} then a letter (kept between runs)", keys: ["m"], action: .setMark),
        ActionSpec("jump-to-mark", "Go to a mark: {key} then its letter", keys: ["'"], action: .jumpToMark),
        ActionSpec(
            "yank", "Copy the paragraph under the cursor, whole, with its citation line (OSC 52)", keys: ["y"],
            screens: ScreenKind.lists.union([.meeting, .search]), action: .yank),
        ActionSpec(
            "yank-markdown", "Copy the paragraph and citation as Markdown", keys: ["Y"],
            screens: ScreenKind.lists.union([.meeting, .search]), action: .yankMarkdown),
        ActionSpec(
            "pager", "Open the meeting at the cursor's paragraph, or the item's paragraph, in $PAGER", keys: ["e"],
            screens: ScreenKind.lists.union([.meeting, .search]), action: .openInPager),
        ActionSpec("next-link", "Move to the next link, scrolling to it", keys: ["Tab"], screens: [.meeting], action: .nextLink),
        ActionSpec("previous-link", "Move to the previous link", keys: ["S-Tab"], screens: [.meeting], action: .previousLink),
        ActionSpec("next-speaker", "Next speaker's turn", keys: ["}"], screens: [.meeting], action: .nextTurn),
        ActionSpec(
            "previous-speaker", "Start of this speaker's turn, then the previous one", keys: ["{"], screens: [.meeting],
            action: .previousTurn),
        ActionSpec("goto", "Go to paragraph N (meeting) or row N (list)", keys: [], argument: "N") { argument in
            guard let argument, let n = Int(argument.trimmingCharacters(in: .whitespaces)), n > 0 else { return nil }
            return .goto(n)
        },
        ActionSpec("speaker", "Open a speaker by id or name (plenary speakers lists them)", keys: [], argument: "NAME") { argument in
            guard let name = argument?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return nil }
            return .show(.speaker(id: name, meeting: nil))
        },
        ActionSpec("resolution", "Open a resolution, e.g. :resolution 822", keys: [], argument: "SYMBOL") { argument in
            guard let symbol = argument?.trimmingCharacters(in: .whitespaces), !symbol.isEmpty else { return nil }
            return .show(.resolution(symbol: Int(symbol).map { "S/RES/\($0)" } ?? symbol))
        },
        ActionSpec("country", "Open a country by name, alias or ISO code, e.g. :country Azerbaijan", keys: [], argument: "NAME") {
            argument in
            guard let name = argument?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return nil }
            return .show(.country(code: name))
        },
        ActionSpec("clear", "Clear the search, filter or link focus", keys: ["Esc"], action: .clear),
        ActionSpec("command", "Run an action by name", keys: [":"], action: .commandPrompt),
        ActionSpec("help", "Show the keys", keys: ["?", "F1"], action: .help),
        ActionSpec("redraw", "Redraw the screen", keys: ["C-l"], action: .redraw),
        ActionSpec("suspend", "Suspend to the shell (fg comes back)", keys: ["C-z"], action: .suspend),
    ])

    /// The action bound to `key` on `screen`: screen bindings first, then global ones.
    public func action(for key: KeyEvent, on screen: ScreenKind) -> Action? {
        if let spec = specs.first(where: { $0.screens?.contains(screen) == true && $0.keys.contains(key) }) {
            return spec.make(nil)
        }
        return specs.first(where: { $0.screens == nil && $0.keys.contains(key) })?.make(nil)
    }

    /// Parses a `:` command: an action's name and an optional argument (`goto 12`, `quit`).
    /// A bare number is `goto`, as in less and vi.
    public func command(_ text: String, on screen: ScreenKind) -> Result<Action, CommandError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(.empty) }
        if let n = Int(trimmed), n > 0 { return .success(.goto(n)) }
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1] : nil
        let aliases = ["q": "quit", "quit": "quit", "exit": "quit", "h": "help"]
        let resolved = aliases[name] ?? name
        guard let spec = specs.first(where: { $0.name == resolved }) else { return .failure(.unknown(name)) }
        guard spec.applies(to: screen) else { return .failure(.notHere(spec.name)) }
        guard let action = spec.make(argument) else {
            return .failure(spec.argument.map { .badArgument(spec.name, $0) } ?? .unexpectedArgument(spec.name))
        }
        return .success(action)
    }

    /// The help lines for `screen`: its own actions first, then the global ones.
    public func helpEntries(for screen: ScreenKind) -> [HelpEntry] {
        let own = specs.filter { $0.screens?.contains(screen) == true }
        let global = specs.filter { $0.screens == nil }
        return (own + global).map { spec in
            let keys = keys(of: spec, on: screen).map(\.description)
            let keyText = keys.isEmpty ? ":\(spec.name)\(spec.argument.map { " " + $0 } ?? "")" : keys.joined(separator: " ")
            return HelpEntry(keys: keyText, name: spec.name, summary: spec.summary(naming: keys.first ?? ":\(spec.name)"))
        }
    }

    // MARK: Key names

    /// The row of an action without argument.
    public func spec(for action: Action) -> ActionSpec? {
        specs.first { $0.make(nil) == action }
    }

    /// The keys of `spec` that run it on `screen`: a key another action takes on this screen
    /// is left out (`?` searches backward on a meeting, so help is `F1` there).
    private func keys(of spec: ActionSpec, on screen: ScreenKind) -> [KeyEvent] {
        guard spec.applies(to: screen) else { return [] }
        return spec.keys.filter { key in action(for: key, on: screen) == spec.make(nil) }
    }

    /// Every key that runs `action` on `screen`, written as in the help ("Enter", "C-c",
    /// "F1"), in the table's order; empty when none does (unbound, taken over, or the action
    /// does not apply here). For a message that offers all of them ("? or F1").
    public func keyNames(for action: Action, on screen: ScreenKind) -> [String] {
        guard let spec = spec(for: action) else { return [] }
        return keys(of: spec, on: screen).map(\.description)
    }

    /// The key a footer or message names for `action` on `screen`: the first that runs it
    /// there, `nil` when none does. Every key shown outside the help comes from here, so a
    /// key rebound in `config.toml` is the key the screen tells the user to press.
    public func keyName(for action: Action, on screen: ScreenKind) -> String? {
        keyNames(for: action, on: screen).first
    }

    /// For a message that tells the user what to do: the key, else the `:name` command, which
    /// runs the action when no key does (`:back goes back`).
    public func keyOrCommand(for action: Action, on screen: ScreenKind) -> String {
        keyName(for: action, on: screen) ?? spec(for: action).map { ":" + $0.name } ?? ""
    }
}
