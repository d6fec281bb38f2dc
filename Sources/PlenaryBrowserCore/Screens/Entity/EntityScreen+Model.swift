import Foundation
import PlenaryModel
import TerminalUI

/// A speaker's, resolution's, country's or timeline's own actions, filter prompt, page
/// load and drawing.
extension EntityScreen: ScreenModel {
    var screen: Screen { .entity(self) }

    static let hints: [Renderer.Hint] = [
        ([.open], "open"), ([.filter], "filter"), ([.openSearch], "search"),
        ([.historyBack, .historyForward], "history"), ([.back], "back"), ([.help], "help"),
    ]

    mutating func update(_ action: Action, context: ScreenContext) -> ScreenOutcome {
        if action == .openSearch { return searchWithin() }
        guard case .loaded = page else {
            return action == .clear ? .nothing : .message(StatusMessage("Still loading \(target.label)…"))
        }
        if let movement = action.movement {
            move(movement, areas: context.areas)
            return .nothing
        }
        switch action {
        case .goto(let n):
            guard n <= listed.count else {
                return .message(
                    StatusMessage("There \(Plural.be(listed.count)) \(Plural.count(listed.count, "item")) in the list", isError: true))
            }
            move(.to(n - 1), areas: context.areas)
        case .filter:
            saveBeforeFilter()
            return .prompt(.filter, text: filter)
        case .clear:
            if !filter.isEmpty {
                applyFilter("", areas: context.areas)
                return .message(StatusMessage("Filter cleared"))
            }
        case .open:
            guard let item = selectedItem else { return .nothing }
            return .open(item)
        case .compare:
            // On a timeline: the meeting on the selected row against the meeting before it.
            guard case .meeting(let id, nil, _)? = selectedItem?.open else {
                return .message(StatusMessage("Select a meeting of the timeline to compare it with the one before"))
            }
            return .follow(.comparison(meeting: id))
        default:
            return .message(StatusMessage("That does nothing on this screen"))
        }
        return .nothing
    }

    /// From a speaker, resolution or country: a new search within it, run at once; other
    /// pages leave `/` to the shared handling.
    private func searchWithin() -> ScreenOutcome {
        guard let scope = page.value?.searchScope else { return .unhandled }
        var search = SearchScreen()
        search.query = scope + " "
        search.generation = 1
        search.status = .searching
        return .all([.push(.search(search), [.search(query: search.query, generation: 1)]), .prompt(.storeSearch, text: search.query)])
    }

    /// The items filter as you type; Enter keeps the filter, Esc restores the list.
    mutating func prompt(_ purpose: PromptPurpose, _ prompt: Prompt, _ outcome: Prompt.Outcome, context: ScreenContext) -> ScreenOutcome {
        guard purpose == .filter else { return .nothing }
        switch outcome {
        case .unchanged: return .nothing
        case .edited: applyFilter(prompt.value, areas: context.areas)
        case .submitted(let text):
            applyFilter(text, areas: context.areas)
            beforeFilter = nil
        case .cancelled:
            restoreBeforeFilter()
        }
        return .nothing
    }

    mutating func receive(_ event: BrowserEvent, context: ScreenContext) -> ScreenOutcome {
        guard case .pageLoaded(let request, let result) = event, request == self.request, page == .loading else { return .nothing }
        switch result {
        case .success(let loaded):
            self.loaded(EntityScreen.named(loaded, for: target, context.countries))
            return .nothing
        case .failure(let failure):
            // No dead end: a screen that cannot be built, still the one shown, is taken away
            // and the status line says why; the screen the user was on stays as it was.
            let message = StatusMessage(failure.message, isError: true)
            if context.canDrop { return .drop(message) }
            page = .failed(failure.message)
            return .message(message)
        }
    }

    /// Names where the page has codes: a country's screen is "Azerbaijan (AZE)", a speaker's
    /// delegation "Russia (RUS)".
    static func named(_ page: EntityPage, for target: LinkTarget, _ countries: CountryNames) -> EntityPage {
        var page = page
        switch target {
        case .country(let code):
            guard countries.name(code) != nil else { return page }
            page.title = countries.label(code)
            if page.facts.first == code { page.facts[0] = countries.label(code) }
        case .speaker:
            // "Vassily Nebenzia (RUS)" → "Vassily Nebenzia — Russia (RUS)".
            guard var first = page.facts.first, first.hasSuffix(")"), let open = first.lastIndex(of: "(") else { return page }
            let code = String(first[first.index(after: open)..<first.index(before: first.endIndex)])
            guard countries.name(code) != nil else { return page }
            first = first[..<open].trimmingCharacters(in: .whitespaces) + " — " + countries.label(code)
            page.facts[0] = first
        default:
            break
        }
        return page
    }

    mutating func click(y: Int, context: ScreenContext) -> ScreenOutcome {
        click(y: y, areas: context.areas) ? .perform([.open]) : .nothing
    }

    mutating func settle(context: ScreenContext) {
        move(.to(viewport.selection), areas: context.areas)
    }

    func place(_ areas: ScreenAreas) -> Mark? { .link(target) }

    func passage(_ areas: ScreenAreas) -> Passage? {
        guard let item = selectedItem else { return nil }
        if let passage = item.passage { return .stored(passage) }
        return item.text.isEmpty ? nil : .item(text: item.text, citation: item.citation)
    }

    func draw(into grid: inout Grid, context: RenderContext) -> ScreenDrawing {
        var name = page.value?.title ?? target.name
        if case .country(let code) = target, page.value == nil { name = context.state.countries.label(code) }
        var drawing = ScreenDrawing(
            title: "\(kind.title) › \(name)", titleRight: filter.isEmpty ? "" : "filter “\(filter)”: \(listed.count)")
        drawing.cursorRow = render(into: &grid, areas: context.areas, unicode: context.state.unicodeBars, clearKey: context.clearKey)
        switch page {
        case .loading: drawing.status = "Loading \(target.label)…" + context.elapsed
        case .failed: drawing.status = context.actions.keyOrCommand(for: .back, on: kind) + " goes back"
        case .loaded:
            drawing.status = context.footer(EntityScreen.hints, on: kind)
            drawing.statusRight = counter
        }
        return drawing
    }
}
