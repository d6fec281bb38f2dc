import Foundation
import TerminalUI

/// The search screen's own actions, its query prompt (a search on every keystroke), the
/// pages, refinements and counts that answer it, and its drawing.
extension SearchScreen: ScreenModel {
    public var kind: ScreenKind { .search }
    var screen: Screen { .search(self) }

    static let hints: [Renderer.Hint] = [
        ([.open], "open"), ([.openSearch], "edit query"), ([.historyBack, .historyForward], "history"),
        ([.back], "back"), ([.help], "help"),
    ]

    mutating func update(_ action: Action, context: ScreenContext) -> ScreenOutcome {
        if let movement = action.movement {
            move(movement, areas: context.areas)
            return .nothing
        }
        switch action {
        case .openSearch:
            return .prompt(.storeSearch, text: query)
        case .goto(let n):
            move(.to(n - 1), areas: context.areas)
        case .open:
            guard items.indices.contains(viewport.selection) else {
                return .message(
                    StatusMessage("No result to open; \(context.actions.keyOrCommand(for: .openSearch, on: .search)) edits the query"))
            }
            return .open(items[viewport.selection])
        case .clear:
            if status == .searching {
                stopSearching()
                return .effects([.cancelSearch])
            }
        default:
            return .message(StatusMessage("That does nothing on the search screen"))
        }
        return .nothing
    }

    /// Each keystroke runs the query (cancelling the last run); Enter keeps it, Esc stops it.
    mutating func prompt(_ purpose: PromptPurpose, _ prompt: Prompt, _ outcome: Prompt.Outcome, context: ScreenContext) -> ScreenOutcome {
        guard purpose == .storeSearch else { return .nothing }
        let text: String
        switch outcome {
        case .unchanged:
            return .nothing
        case .cancelled:
            guard status == .searching else { return .nothing }
            stopSearching()
            return .effects([.cancelSearch])
        case .submitted(let submitted):
            if submitted == query { return .nothing }
            text = submitted
        case .edited:
            text = prompt.value
        }
        generation += 1
        query = text
        facets = nil
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            status = .idle
            results = []
            items = []
            note = nil
            return .effects([.cancelSearch])
        }
        status = .searching
        return .effects([.search(query: text, generation: generation)])
    }

    mutating func receive(_ event: BrowserEvent, context: ScreenContext) -> ScreenOutcome {
        switch event {
        case .searchLoaded(let generation, .success(let page)) where generation == self.generation:
            show(page)
            // The page first, at once; a better ranking and the counts follow, for this query only.
            let rank: [Effect] = page.ranksMore ? [.refineSearch(query: query, generation: generation)] : []
            let effects = rank + [.countMatches(query: query, generation: generation)]
            return .all([note.map { .message(StatusMessage($0)) } ?? .nothing, .effects(effects)])
        case .searchLoaded(let generation, .failure(let failure)) where generation == self.generation:
            status = .failed(failure.message)
            facets = nil
            return .message(StatusMessage(failure.message, isError: true))
        case .searchRefined(let generation, let outcome) where generation == self.generation && status == .done:
            refine(outcome)
            return .message(StatusMessage(note ?? "ranked among all matches"))
        case .searchFacets(let generation, let counts) where generation == self.generation:
            facets = counts
            return .nothing
        default:
            return .nothing
        }
    }

    mutating func click(y: Int, context: ScreenContext) -> ScreenOutcome {
        click(y: y, areas: context.areas) ? .perform([.open]) : .nothing
    }

    mutating func settle(context: ScreenContext) {
        move(.to(viewport.selection), areas: context.areas)
    }

    func place(_ areas: ScreenAreas) -> Mark? { query.isEmpty ? nil : .search(query: query) }

    func passage(_ areas: ScreenAreas) -> Passage? {
        guard items.indices.contains(viewport.selection) else { return nil }
        let item = items[viewport.selection]
        return item.passage.map(Passage.stored) ?? .item(text: item.text, citation: item.citation)
    }

    func problem(typing prompt: Prompt, for purpose: PromptPurpose) -> String? {
        purpose == .storeSearch ? QueryProblem.reason(typing: prompt.value, screen: self) : nil
    }

    func draw(into grid: inout Grid, context: RenderContext) -> ScreenDrawing {
        let shown: String
        if case .prompt(.storeSearch, let prompt) = context.state.input { shown = prompt.value } else { shown = query }
        var drawing = ScreenDrawing(
            title: "Search › \(shown.isEmpty ? "every meeting" : "“\(shown)”")",
            titleRight: status == .searching ? "searching…" : (facets.map { "\(Renderer.grouped($0.total)) found" } ?? ""))
        drawing.cursorRow = render(into: &grid, areas: context.areas)
        drawing.status = status == .searching ? "Searching…" + context.elapsed : context.footer(SearchScreen.hints, on: .search)
        drawing.statusRight = counter
        return drawing
    }
}
