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
        let statusRow = size.height - 1
        var right = ""
        var left = ""

        switch state.screen {
        case .meetings(let screen):
            var title = "Plenary · \(state.sourceName)"
            if let catalog = state.catalog.value { title += " · \(count(catalog.count, "meeting"))" }
            let filter: String
            if case .prompt(.filter, let prompt) = state.input { filter = prompt.value } else { filter = screen.filter }
            titleBar(&grid, left: title, right: filter.isEmpty ? "" : "filter “\(filter)”: \(screen.listed)")
            cursorRow = screen.render(into: &grid, catalog: state.catalog, sourceName: state.sourceName)
            switch state.catalog {
            case .loading: left = "Loading meetings from \(state.sourceName)…" + elapsed(state)
            case .failed(let reason): left = reason
            case .loaded:
                left = "Enter open · f filter · : command · ? help · q quit"
                if case .meeting(_, let ordinal) = screen.rows.indices.contains(screen.viewport.selection) ? screen.rows[screen.viewport.selection] : .year("", count: 0) {
                    right = "\(ordinal)/\(screen.listed)"
                }
            }
        case .meeting(let screen):
            let facts = [screen.symbol, screen.date, screen.organization].compactMap { $0 }.joined(separator: " · ")
            titleBar(&grid, left: "Meetings › \(facts)", right: screen.search.map { "/\($0.query) \($0.counter)" } ?? "")
            cursorRow = screen.render(into: &grid)
            switch screen.document {
            case .loading: left = "Loading \(screen.id)…" + elapsed(state)
            case .failed: left = "q goes back"
            case .loaded:
                left = "Tab links · / search · n N matches · q back · F1 help"
                right = [screen.search.map(\.counter), screen.position(size: size)].compactMap { $0 }.joined(separator: " · ")
            }
        case .entity(let screen):
            var name = screen.page.value?.title ?? screen.target.name
            if case .country(let code) = screen.target, screen.page.value == nil { name = state.countries.label(code) }
            titleBar(&grid, left: "\(screen.kind.title) › \(name)", right: screen.filter.isEmpty ? "" : "filter “\(screen.filter)”: \(screen.listed.count)")
            cursorRow = screen.render(into: &grid, unicode: state.unicodeBars)
            switch screen.page {
            case .loading: left = "Loading \(screen.target.label)…" + elapsed(state)
            case .failed: left = "q goes back"
            case .loaded:
                left = "Enter open · f filter · / search · [ ] history · q back · ? help"
                right = screen.counter
            }
        case .search(let screen):
            let query: String
            if case .prompt(.storeSearch, let prompt) = state.input { query = prompt.value } else { query = screen.query }
            titleBar(&grid, left: "Search › \(query.isEmpty ? "every meeting" : "“\(query)”")",
                     right: screen.status == .searching ? "searching…" : (screen.facets.map { "\(Renderer.grouped($0.total)) found" } ?? ""))
            cursorRow = screen.render(into: &grid)
            left = screen.status == .searching ? "Searching…" + elapsed(state) : "Enter open · / edit query · [ ] history · q back · ? help"
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
                               offset: offset, footer: "j/k scroll · any other key closes")
            cursor = nil
        }
        return Frame(grid: grid, cursor: cursor, cursorVisible: cursorVisible)
    }

    /// " 1.4 s" once a load has taken half a second, so a slow disk shows progress.
    private func elapsed(_ state: AppState) -> String {
        guard let ms = state.loadingFor, ms >= 500 else { return "" }
        return " \(ms / 1000).\(ms % 1000 / 100) s"
    }

    private func titleBar(_ grid: inout Grid, left: String, right: String) {
        StatusLine.render(into: &grid, row: 0, left: left, right: right, style: .title)
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
