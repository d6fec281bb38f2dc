import PlenaryModel
import TerminalUI

/// All meetings, newest first, grouped by year; filter as you type; Enter opens one.
public struct MeetingsScreen: Equatable, Sendable {
    public var viewport = ListViewport()
    /// The filter in force ("" for none).
    public var filter = ""
    public var rows: [MeetingsRow] = []
    /// Meetings listed (after the filter).
    public var listed = 0
    /// Bumped by every filter keystroke; only the latest debounce timer applies.
    public internal(set) var filterGeneration = 0
    /// The list as it was when the filter prompt opened, restored by Esc.
    var beforeFilter: Saved?

    struct Saved: Equatable, Sendable {
        var viewport: ListViewport
        var filter: String
        var rows: [MeetingsRow]
        var listed: Int
    }

    /// Remembers the list as it is when the filter prompt opens.
    mutating func saveBeforeFilter() {
        beforeFilter = Saved(viewport: viewport, filter: filter, rows: rows, listed: listed)
    }

    /// Esc on the filter prompt: the list and position as they were.
    mutating func restoreBeforeFilter() {
        guard let saved = beforeFilter else { return }
        viewport = saved.viewport
        filter = saved.filter
        rows = saved.rows
        listed = saved.listed
        beforeFilter = nil
    }

    public init() {}

    /// Where the list is drawn: the body less the column heading.
    static func listRect(_ areas: ScreenAreas) -> Rect { areas.body.inset(top: 1) }

    /// Rows of the list (at least one, so a selection survives a tiny terminal).
    static func listHeight(_ areas: ScreenAreas) -> Int { max(1, listRect(areas).height) }

    // MARK: Data

    /// `previous` is the catalogue the rows were built from, when a new one replaces it (the
    /// cached list followed by the verified one): the selection is kept by meeting id.
    mutating func rebuild(catalog: MeetingCatalog, filter: String, areas: ScreenAreas, previous: MeetingCatalog? = nil) {
        let old = previous ?? catalog
        let selectedID = selectedIndex.map { old.summaries.indices.contains($0) ? old.summaries[$0].id : "" }
        let indexes = catalog.indexes(matching: filter)
        self.filter = filter
        rows = MeetingsRow.grouped(indexes, in: catalog)
        listed = indexes.count
        // Keep the selected meeting when it is still listed, else the first meeting.
        if let selectedID,
            let row = rows.firstIndex(where: {
                if case .meeting(let index, _) = $0 { return catalog.summaries[index].id == selectedID }
                return false
            })
        {
            viewport.selection = row
        } else {
            viewport = ListViewport(selection: 0, offset: 0)
        }
        settle(direction: 1, areas: areas)
    }

    /// Catalog index of the selected meeting.
    var selectedIndex: Int? {
        guard rows.indices.contains(viewport.selection), case .meeting(let index, _) = rows[viewport.selection] else { return nil }
        return index
    }

    // MARK: Actions

    /// Moves through the list; the selection never rests on a year heading.
    mutating func move(_ movement: ListViewport.Movement, areas: ScreenAreas) {
        viewport = viewport.moved(movement, count: rows.count, height: MeetingsScreen.listHeight(areas))
        settle(direction: movement.direction, areas: areas)
    }

    /// Moves the selection off year headings in the direction of travel (or back when
    /// there is nothing further), keeps it visible and shows the heading above it.
    mutating func settle(direction: Int, areas: ScreenAreas) {
        let rows = self.rows
        viewport = viewport.settled(count: rows.count, height: MeetingsScreen.listHeight(areas), direction: direction) {
            rows[$0].isMeeting
        }
    }

    mutating func goto(ordinal: Int, areas: ScreenAreas) -> Bool {
        guard
            let row = rows.firstIndex(where: {
                if case .meeting(_, let o) = $0 { return o == ordinal }; return false
            })
        else { return false }
        move(.to(row), areas: areas)
        return true
    }

    /// A click at screen row `y`: selects the meeting there; `true` when it was already
    /// selected (a second click opens it).
    mutating func click(y: Int, areas: ScreenAreas) -> Bool {
        guard let hit = viewport.hit(y: y, in: MeetingsScreen.listRect(areas), count: rows.count), rows[hit.row].isMeeting else {
            return false
        }
        move(.to(hit.row), areas: areas)
        return hit.again
    }

    // MARK: Rendering

    /// `clearKey`: what clears the filter (`clear`'s key from the action table), for the
    /// note when the filter hides every meeting.
    func render(into grid: inout Grid, areas: ScreenAreas, catalog: Loading<MeetingCatalog>, sourceName: String, clearKey: String) -> Int? {
        let width = areas.body.width
        let columns = Columns(width: width)
        grid.put(columns.heading, x: 0, y: areas.body.y, limit: width)
        let listRect = MeetingsScreen.listRect(areas)
        guard case .loaded(let loaded) = catalog else { return nil }
        if rows.isEmpty {
            let text =
                loaded.count == 0
                ? "No meetings in this store yet. Import documents with `plenary import FILE…`."
                : "No meeting matches “\(filter)”. \(clearKey) restores the list."
            for (i, line) in TextWrapper.wrap(text, width: max(1, width - 2)).prefix(listRect.height).enumerated() {
                grid.put(line.line, x: 1, y: listRect.y + i)
            }
            return nil
        }
        let summaries = loaded.summaries
        return ListWidget.render(into: &grid, rect: listRect, count: rows.count, viewport: viewport) { i in
            switch rows[i] {
            case .year(let year, let count):
                return StyledLine(" \(year) · \(count) meeting\(count == 1 ? "" : "s")", .heading)
            case .meeting(let index, _):
                return columns.row(summaries[index])
            }
        }
    }

    /// Column widths for a terminal width: date and title always; organisation from 50
    /// columns; paragraph, speaker and citation counts from 70.
    struct Columns {
        let width: Int
        var showOrganization: Bool { width >= 50 }
        var showCounts: Bool { width >= 70 }
        var titleWidth: Int { max(1, width - 1 - 11 - (showOrganization ? 7 : 0) - (showCounts ? 15 : 0) - 1) }

        var heading: StyledLine {
            var line = StyledLine(" " + DisplayWidth.fit("Date", to: 11), .heading)
            if showOrganization { line.append(DisplayWidth.fit("Org", to: 7), .heading) }
            line.append(DisplayWidth.fit("Title", to: titleWidth), .heading)
            if showCounts { line.append(" " + pad("¶", 4) + " " + pad("Spk", 4) + " " + pad("Cit", 4), .heading) }
            return line
        }

        func row(_ s: MeetingSummary) -> StyledLine {
            var line = StyledLine(" " + DisplayWidth.fit(s.date, to: 11), .dim)
            if showOrganization { line.append(DisplayWidth.fit(s.organization ?? "—", to: 6) + " ") }
            if let symbol = s.symbol {
                // The record's symbol first: S/PV.8706 and its resumption are two rows apart.
                let shown = MeetingsScreen.Columns.compact(symbol)
                let symbolWidth = min(titleWidth, DisplayWidth.of(shown) + 2)
                line.append(DisplayWidth.fit(shown, to: symbolWidth), .heading)
                line.append(DisplayWidth.fit(s.title, to: max(0, titleWidth - symbolWidth)))
            } else {
                line.append(DisplayWidth.fit(s.title, to: titleWidth))
            }
            if showCounts {
                line.append(" " + pad(String(s.paragraphs), 4) + " " + pad(String(s.speakers), 4) + " " + pad(String(s.citations), 4), .dim)
            }
            return line
        }

        /// "S/PV.8706 (Resumption 1)" → "S/PV.8706 R1": the list's column is narrow.
        static func compact(_ symbol: String) -> String {
            guard let open = symbol.range(of: " (Resumption") else { return symbol }
            let number = symbol[open.upperBound...].filter(\.isNumber)
            return symbol[..<open.lowerBound] + " R" + (number.isEmpty ? "1" : number)
        }

        private func pad(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
        }
    }
}
