import TerminalUI

/// Draws the state: `render(state) -> Frame` is pure, so every screen can be tested as
/// text without a terminal.
public struct Renderer: Sendable {
    public var actions: ActionTable

    public init(actions: ActionTable = .standard) { self.actions = actions }

    public func render(_ state: AppState) -> Frame {
        render(state, size: state.size)
    }

    public func render(_ state: AppState, size: Size) -> Frame {
        guard size.fits(AppState.minimumSize) else {
            return Frame(grid: TooSmallNotice.render(size: size, minimum: AppState.minimumSize))
        }
        var grid = Grid(size: size)
        let areas = ScreenAreas(size)
        let drawing = state.screen.model.draw(into: &grid, context: RenderContext(state: state, areas: areas, renderer: self))
        StatusLine.render(into: &grid, row: areas.title.y, left: drawing.title, right: drawing.titleRight, style: .title)
        let statusRow = areas.status.y
        let cursorRow = drawing.cursorRow
        let left = drawing.status
        let right = drawing.statusRight

        var cursor = cursorRow.map { Position(x: 0, y: $0) }
        var cursorVisible = false
        if case .prompt(let purpose, let prompt) = state.input {
            cursor = prompt.render(into: &grid, row: statusRow)
            cursorVisible = true
            if let at = cursor, let reason = state.screen.model.problem(typing: prompt, for: purpose) {
                let used = DisplayWidth.of(prompt.prefix) + DisplayWidth.of(prompt.value)
                QueryProblem.render(reason, into: &grid, row: at.y, after: max(used, at.x + 1))
            }
        } else {
            let isError = state.message?.isError ?? false
            StatusLine.render(
                into: &grid, row: statusRow, left: state.message?.text ?? left, right: right,
                style: isError ? .error : .status)
        }

        if let offset = state.helpOffset {
            HelpOverlay.render(
                into: &grid, title: "Keys on this screen", entries: actions.helpEntries(for: state.screenKind),
                offset: offset, footer: helpFooter(on: state.screenKind))
            cursor = nil
        }
        return Frame(grid: grid, cursor: cursor, cursorVisible: cursorVisible)
    }

    // MARK: Key hints

    /// Actions a status line offers, with the word for them: "n N matches" is two actions
    /// under one word.
    typealias Hint = (actions: [Action], label: String)

    /// "Enter open · f filter · …" with the keys the table binds on `screen`: a rebound key
    /// shows as rebound, and an action no key runs here drops out (it is still in the help).
    func footer(_ hints: [Hint], on screen: ScreenKind) -> String {
        hints.compactMap { hint in
            let keys = hint.actions.compactMap { actions.keyName(for: $0, on: screen) }
            return keys.isEmpty ? nil : keys.joined(separator: " ") + " " + hint.label
        }.joined(separator: " · ")
    }

    /// "j/k scroll · any other key closes": the help overlay scrolls with the moving keys.
    func helpFooter(on screen: ScreenKind) -> String {
        let scroll = [Action.moveDown, .moveUp].compactMap { actions.keyName(for: $0, on: screen) }
        return (scroll.isEmpty ? "" : scroll.joined(separator: "/") + " scroll · ") + "any other key closes"
    }

    /// What takes the filter away: Esc while the filter prompt is open (a prompt's editing
    /// keys are fixed, as in readline, and not in the table), else the table's `clear` key.
    func clearKey(_ state: AppState) -> String {
        if case .prompt(.filter, _) = state.input { return KeyEvent(.escape).description }
        return actions.keyOrCommand(for: .clear, on: state.screenKind)
    }

    /// " 1.4 s" once a load has taken half a second, so a slow disk shows progress.
    func elapsed(_ state: AppState) -> String {
        guard let ms = state.loadingFor, ms >= 500 else { return "" }
        return " \(ms / 1000).\(ms % 1000 / 100) s"
    }

    /// "1 meeting", "1,200 meetings".
    static func count(_ n: Int, _ noun: String) -> String {
        "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")"
    }

    /// 100000 → "100,000".
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
