import PlenaryQuery
import TerminalUI

/// Searching every meeting: the query typed in the prompt runs on each keystroke (the
/// previous run cancelled), results ranked with highlighted snippets, meeting, date and
/// speakers, facet counts by year and organisation above. Enter opens the paragraph.
public struct SearchScreen: Equatable, Sendable {
    public enum Status: Equatable, Sendable {
        case idle
        case searching
        case done
        case failed(String)
    }

    /// The query the results are for (or being fetched for).
    public var query = ""
    /// Bumped by every keystroke; results of older generations are dropped.
    public var generation = 0
    public var status = Status.idle
    public var results: [SearchResult] = []
    public var items: [EntityItem] = []
    public var facets: FacetCounts?
    /// "ranked among the newest 5,000 matches" and the like.
    public var note: String?
    public var viewport = ListViewport()

    public init() {}

    var selectedResult: SearchResult? {
        results.indices.contains(viewport.selection) ? results[viewport.selection] : nil
    }

    mutating func show(_ page: SearchOutcome) {
        results = page.results
        items = page.results.map { SearchScreen.item($0, title: page.titles[$0.meeting]) }
        status = .done
        viewport = ListViewport()
        if page.results.isEmpty {
            note = "No paragraph matches" + (page.suggestion.map { ". Did you mean: \($0)?" } ?? ".")
        } else {
            note = page.note
        }
    }

    /// A better-ranked page for the same query: the selection stays on the result it was on
    /// (the top when that result is no longer in the page).
    mutating func refine(_ page: SearchOutcome) {
        let selected = selectedResult.map { ($0.meeting, $0.paragraph) }
        show(page)
        if let selected, let index = results.firstIndex(where: { $0.meeting == selected.0 && $0.paragraph == selected.1 }) {
            viewport = ListViewport(selection: index, offset: max(0, index - 2))
        }
    }

    /// The running search was stopped: later answers are dropped, the last results stay.
    mutating func stopSearching() {
        generation += 1
        status = items.isEmpty ? .idle : .done
        note = "Search stopped"
    }

    static func item(_ r: SearchResult, title: String?) -> EntityItem {
        let label = "¶" + (r.number ?? String(r.paragraph))
        let scalars = r.snippet.unicodeScalars.count
        let highlights = r.highlights.compactMap { span -> Range<Int>? in
            guard span.count == 2, span[0] < span[1], span[1] <= scalars else { return nil }
            return span[0]..<span[1]
        }
        return EntityItem(
            date: r.date, heading: title ?? r.meeting, detail: ([label] + r.speakers).joined(separator: " · "),
            text: r.snippet, highlights: highlights,
            open: .meeting(id: r.meeting, paragraph: r.paragraph, highlights: matchedWords(r.snippet, highlights)),
            citation: "\(title ?? r.meeting), \(r.date), \(label)",
            passage: PassageRef(meeting: r.meeting, paragraphs: [r.paragraph]))
    }

    /// The distinct words highlighted in a snippet, in order, to highlight again in the meeting.
    static func matchedWords(_ snippet: String, _ highlights: [Range<Int>]) -> [String] {
        let scalars = Array(snippet.unicodeScalars)
        var seen = Set<String>()
        var words: [String] = []
        for range in highlights where range.upperBound <= scalars.count {
            let word = String(String.UnicodeScalarView(scalars[range]))
            if seen.insert(word.lowercased()).inserted { words.append(word) }
        }
        return words
    }

    // MARK: Layout

    /// Rows above the results: the facet lines and a blank.
    static func headerRows(_ areas: ScreenAreas) -> Int { areas.size.height >= 16 ? 3 : 2 }

    /// Where the results are drawn: the body below the facets.
    static func listRect(_ areas: ScreenAreas) -> Rect {
        let body = areas.body.inset(top: headerRows(areas))
        return Rect(x: body.x, y: body.y, width: body.width, height: max(1, body.height))
    }

    static func visibleItems(_ areas: ScreenAreas) -> Int {
        max(1, listRect(areas).height / ItemList.itemHeight(areas))
    }

    mutating func move(_ movement: ListViewport.Movement, areas: ScreenAreas) {
        viewport = viewport.moved(movement, count: items.count, height: SearchScreen.visibleItems(areas))
    }

    /// A click at screen row `y`: selects the result there; `true` when it was already
    /// selected (a second click opens it).
    mutating func click(y: Int, areas: ScreenAreas) -> Bool {
        guard
            let hit = viewport.hit(
                y: y, in: SearchScreen.listRect(areas), itemHeight: ItemList.itemHeight(areas),
                count: items.count)
        else { return false }
        viewport.selection = hit.row
        return hit.again
    }

    // MARK: Rendering

    func facetLines() -> [String] {
        guard let facets else { return [status == .searching ? "Counting…" : ""] }
        let years = facets.years.sorted { $0.key > $1.key }.prefix(8).map { "\($0.key) \($0.value)" }.joined(separator: " · ")
        let orgs = facets.organizations.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(6).map { "\($0.key) \($0.value)" }.joined(separator: " · ")
        return [
            "\(facets.total) paragraph\(facets.total == 1 ? "" : "s") · years: \(years)", "organisations: \(orgs.isEmpty ? "—" : orgs)",
        ]
    }

    func render(into grid: inout Grid, areas: ScreenAreas) -> Int? {
        let width = areas.body.width
        let header = SearchScreen.headerRows(areas)
        for (i, line) in facetLines().prefix(header - 1).enumerated() {
            grid.put(line, x: 1, y: areas.body.y + i, style: .dim, limit: width - 2)
        }
        let rect = SearchScreen.listRect(areas)
        if items.isEmpty {
            let text: String
            switch status {
            case .idle:
                text =
                    query.isEmpty
                    ? "Type a query: words, \"phrases\", prefix*, OR, -word, speaker: by: country: org: cites: date: (docs/search.md)." : ""
            case .searching: text = "Searching…"
            case .done: text = note ?? "No paragraph matches."
            case .failed: text = "The query cannot run; the status line says why."
            }
            for (i, line) in TextWrapper.wrap(text, width: max(1, width - 2)).prefix(rect.height).enumerated() {
                grid.put(line.line, x: 1, y: rect.y + i)
            }
            return nil
        }
        return ItemList.render(
            into: &grid, rect: rect, items: items, indexes: Array(items.indices), viewport: viewport,
            itemHeight: ItemList.itemHeight(areas))
    }

    var counter: String { items.isEmpty ? "" : "\(viewport.selection + 1)/\(items.count)" }
}
