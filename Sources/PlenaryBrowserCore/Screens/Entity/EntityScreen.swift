import TerminalUI

/// A speaker, resolution, country or timeline: facts and a histogram above a list of items
/// in date order; Enter opens the item's meeting at its paragraph; `f` filters the items.
public struct EntityScreen: Equatable, Sendable {
    public var target: LinkTarget
    /// The load this screen waits for.
    public var request: Int
    public var page: Loading<EntityPage>
    /// Selection and offset among the listed items.
    public var viewport = ListViewport()
    public var filter = ""
    /// Indexes of the items listed under the filter.
    public var listed: [Int] = []
    /// The list as it was when the filter prompt opened, restored by Esc.
    var beforeFilter: Saved?

    struct Saved: Equatable, Sendable {
        var viewport: ListViewport
        var filter: String
        var listed: [Int]
    }

    /// Remembers the list as it is when the filter prompt opens.
    mutating func saveBeforeFilter() {
        beforeFilter = Saved(viewport: viewport, filter: filter, listed: listed)
    }

    /// Esc on the filter prompt: the list and position as they were.
    mutating func restoreBeforeFilter() {
        guard let saved = beforeFilter else { return }
        viewport = saved.viewport
        filter = saved.filter
        listed = saved.listed
        beforeFilter = nil
    }

    public init(target: LinkTarget, request: Int) {
        self.target = target
        self.request = request
        self.page = .loading
    }

    public var kind: ScreenKind { target.kind }

    mutating func loaded(_ page: EntityPage) {
        self.page = .loaded(page)
        listed = Array(page.items.indices)
        viewport = ListViewport()
    }

    var selectedItem: EntityItem? {
        guard case .loaded(let page) = page, listed.indices.contains(viewport.selection) else { return nil }
        return page.items[listed[viewport.selection]]
    }

    // MARK: Layout

    /// Header rows: the facts and the histogram, at most half the body.
    static func headerRows(_ page: EntityPage, _ areas: ScreenAreas) -> Int {
        let wanted = page.facts.count + (page.histogram == nil ? 0 : 1) + 1
        return min(wanted, max(1, areas.body.height / 2))
    }

    /// Where the items are drawn: the body below the header.
    static func listRect(_ page: EntityPage, _ areas: ScreenAreas) -> Rect {
        let body = areas.body.inset(top: headerRows(page, areas))
        return Rect(x: body.x, y: body.y, width: body.width, height: max(1, body.height))
    }

    static func visibleItems(_ page: EntityPage, _ areas: ScreenAreas) -> Int {
        max(1, listRect(page, areas).height / itemHeight(page, areas))
    }

    /// Rows per item: one on a compact page (the timeline).
    static func itemHeight(_ page: EntityPage, _ areas: ScreenAreas) -> Int { page.compact ? 1 : ItemList.itemHeight(areas) }

    // MARK: Actions

    mutating func move(_ movement: ListViewport.Movement, areas: ScreenAreas) {
        guard case .loaded(let page) = page else { return }
        viewport = viewport.moved(movement, count: listed.count, height: EntityScreen.visibleItems(page, areas))
    }

    /// A click at screen row `y`: selects the item there; `true` when it was already
    /// selected (a second click opens it).
    mutating func click(y: Int, areas: ScreenAreas) -> Bool {
        guard case .loaded(let page) = page,
            let hit = viewport.hit(
                y: y, in: EntityScreen.listRect(page, areas), itemHeight: EntityScreen.itemHeight(page, areas),
                count: listed.count)
        else { return false }
        viewport.selection = hit.row
        return hit.again
    }

    mutating func applyFilter(_ text: String, areas: ScreenAreas) {
        guard case .loaded(let page) = page else { return }
        filter = text
        let words = TextFolding.words(text)
        listed = page.items.indices.filter { i in
            words.isEmpty
                || TextFolding.matchesAll(
                    words,
                    in: TextFolding.fold(
                        [page.items[i].date, page.items[i].heading, page.items[i].detail, page.items[i].text].joined(separator: " ")))
        }
        viewport = ListViewport()
        move(.to(0), areas: areas)
    }

    // MARK: Rendering

    /// `clearKey`: what clears the filter (`clear`'s key from the action table), for the
    /// note when the filter hides every item.
    func render(into grid: inout Grid, areas: ScreenAreas, unicode: Bool, clearKey: String) -> Int? {
        let body = areas.body
        let width = body.width
        switch page {
        case .loading:
            grid.put("Loading \(target.label)…", x: 1, y: body.y + 1, style: .dim, limit: width - 2)
            return nil
        case .failed(let reason):
            for (i, line) in TextWrapper.wrap("Cannot open \(target.label): " + reason, width: max(1, width - 2), base: .error)
                .prefix(body.inset(top: 1, bottom: 1).height).enumerated()
            {
                grid.put(line.line, x: 1, y: body.y + 1 + i)
            }
            return nil
        case .loaded(let page):
            let header = EntityScreen.headerRows(page, areas)
            var lines: [StyledLine] = page.facts.enumerated().map { i, fact in StyledLine(" " + fact, i == 0 ? .title : .normal) }
            if let histogram = page.histogram { lines.append(StyledLine(" " + histogram.line(width: width - 2, unicode: unicode), .dim)) }
            for (i, line) in lines.prefix(max(0, header - 1)).enumerated() {
                grid.put(line.truncated(to: width), x: 0, y: body.y + i, limit: width)
            }
            let rect = EntityScreen.listRect(page, areas)
            if listed.isEmpty {
                let text = page.items.isEmpty ? page.emptyText : "Nothing matches “\(filter)”. \(clearKey) shows every item."
                for (i, line) in TextWrapper.wrap(text, width: max(1, width - 2)).prefix(rect.height).enumerated() {
                    grid.put(line.line, x: 1, y: rect.y + i)
                }
                return nil
            }
            return ItemList.render(
                into: &grid, rect: rect, items: page.items, indexes: listed, viewport: viewport,
                itemHeight: EntityScreen.itemHeight(page, areas))
        }
    }

    /// "3/17" for the status line.
    var counter: String {
        guard case .loaded = page, !listed.isEmpty else { return "" }
        return "\(viewport.selection + 1)/\(listed.count)"
    }
}
