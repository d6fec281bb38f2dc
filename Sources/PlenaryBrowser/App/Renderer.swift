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
        var cursorRow: Int?
        let areas = ScreenAreas(size)
        let statusRow = areas.status.y
        var right = ""
        var left = ""

        switch state.screen {
        case .meetings(let screen):
            var title = "Plenary · \(state.sourceName)"
            if let catalog = state.catalog.value { title += " · \(count(catalog.count, "meeting"))" }
            let filter: String
            if case .prompt(.filter, let prompt) = state.input { filter = prompt.value } else { filter = screen.filter }
            titleBar(&grid, areas, left: title, right: filter.isEmpty ? "" : "filter “\(filter)”: \(screen.listed)")
            cursorRow = screen.render(into: &grid, areas: areas, catalog: state.catalog, sourceName: state.sourceName, clearKey: clearKey(state))
            switch state.catalog {
            case .loading: left = "Loading meetings from \(state.sourceName)…" + elapsed(state)
            case .failed(let reason): left = reason
            case .loaded:
                left = footer(Renderer.meetingsHints, on: .meetings)
                if case .meeting(_, let ordinal) = screen.rows.indices.contains(screen.viewport.selection) ? screen.rows[screen.viewport.selection] : .year("", count: 0) {
                    right = "\(ordinal)/\(screen.listed)"
                }
            }
        case .meeting(let screen):
            let facts = [screen.symbol, screen.date, screen.organization].compactMap { $0 }.joined(separator: " · ")
            titleBar(&grid, areas, left: "Meetings › \(facts)", right: screen.search.map { "/\($0.query) \($0.counter)" } ?? "")
            cursorRow = screen.render(into: &grid, areas: areas)
            switch screen.document {
            case .loading: left = "Loading \(screen.id)…" + elapsed(state)
            case .failed: left = actions.keyOrCommand(for: .back, on: .meeting) + " goes back"
            case .loaded:
                left = footer(Renderer.meetingHints, on: .meeting)
                right = [screen.search.map(\.counter), screen.position(areas: areas)].compactMap { $0 }.joined(separator: " · ")
            }
        case .entity(let screen):
            var name = screen.page.value?.title ?? screen.target.name
            if case .country(let code) = screen.target, screen.page.value == nil { name = state.countries.label(code) }
            titleBar(&grid, areas, left: "\(screen.kind.title) › \(name)", right: screen.filter.isEmpty ? "" : "filter “\(screen.filter)”: \(screen.listed.count)")
            cursorRow = screen.render(into: &grid, areas: areas, unicode: state.unicodeBars, clearKey: clearKey(state))
            switch screen.page {
            case .loading: left = "Loading \(screen.target.label)…" + elapsed(state)
            case .failed: left = actions.keyOrCommand(for: .back, on: screen.kind) + " goes back"
            case .loaded:
                left = footer(Renderer.entityHints, on: screen.kind)
                right = screen.counter
            }
        case .search(let screen):
            let query: String
            if case .prompt(.storeSearch, let prompt) = state.input { query = prompt.value } else { query = screen.query }
            titleBar(&grid, areas, left: "Search › \(query.isEmpty ? "every meeting" : "“\(query)”")",
                     right: screen.status == .searching ? "searching…" : (screen.facets.map { "\(Renderer.grouped($0.total)) found" } ?? ""))
            cursorRow = screen.render(into: &grid, areas: areas)
            left = screen.status == .searching ? "Searching…" + elapsed(state) : footer(Renderer.searchHints, on: .search)
            right = screen.counter
        }

        var cursor = cursorRow.map { Position(x: 0, y: $0) }
        var cursorVisible = false
        if case .prompt(let purpose, let prompt) = state.input {
            cursor = prompt.render(into: &grid, row: statusRow)
            cursorVisible = true
            if purpose == .storeSearch, let at = cursor {
                var screen: SearchScreen?
                if case .search(let s) = state.screen { screen = s }
                let used = DisplayWidth.of(prompt.prefix) + DisplayWidth.of(prompt.value)
                if let reason = QueryProblem.reason(typing: prompt.value, screen: screen) {
                    QueryProblem.render(reason, into: &grid, row: at.y, after: max(used, at.x + 1))
                }
            }
        } else {
            let isError = state.message?.isError ?? false
            StatusLine.render(into: &grid, row: statusRow, left: state.message?.text ?? left, right: right,
                              style: isError ? .error : .status)
        }

        if let offset = state.helpOffset {
            HelpOverlay.render(into: &grid, title: "Keys on this screen", entries: actions.helpEntries(for: state.screenKind),
                               offset: offset, footer: helpFooter(on: state.screenKind))
            cursor = nil
        }
        return Frame(grid: grid, cursor: cursor, cursorVisible: cursorVisible)
    }

    // MARK: Key hints

    /// Actions a status line offers, with the word for them: "n N matches" is two actions
    /// under one word.
    typealias Hint = (actions: [Action], label: String)

    static let meetingsHints: [Hint] = [([.open], "open"), ([.filter], "filter"), ([.commandPrompt], "command"), ([.help], "help"),
                                        ([.back], "quit")]
    static let meetingHints: [Hint] = [([.nextLink], "links"), ([.searchForward], "search"), ([.nextMatch, .previousMatch], "matches"),
                                       ([.back], "back"), ([.help], "help")]
    static let entityHints: [Hint] = [([.open], "open"), ([.filter], "filter"), ([.openSearch], "search"),
                                      ([.historyBack, .historyForward], "history"), ([.back], "back"), ([.help], "help")]
    static let searchHints: [Hint] = [([.open], "open"), ([.openSearch], "edit query"), ([.historyBack, .historyForward], "history"),
                                      ([.back], "back"), ([.help], "help")]

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
    private func elapsed(_ state: AppState) -> String {
        guard let ms = state.loadingFor, ms >= 500 else { return "" }
        return " \(ms / 1000).\(ms % 1000 / 100) s"
    }

    private func titleBar(_ grid: inout Grid, _ areas: ScreenAreas, left: String, right: String) {
        StatusLine.render(into: &grid, row: areas.title.y, left: left, right: right, style: .title)
    }

    private func count(_ n: Int, _ noun: String) -> String {
        "\(Renderer.grouped(n)) \(noun)\(n == 1 ? "" : "s")"
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
