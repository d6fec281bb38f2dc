import PlenaryModel
import TerminalUI

/// The meetings list's own actions, filter prompt, loads and drawing.
extension MeetingsScreen: ScreenModel {
    public var kind: ScreenKind { .meetings }
    var screen: Screen { .meetings(self) }

    static let hints: [Renderer.Hint] = [
        ([.open], "open"), ([.filter], "filter"), ([.commandPrompt], "command"), ([.help], "help"),
        ([.back], "quit"),
    ]

    mutating func update(_ action: Action, context: ScreenContext) -> ScreenOutcome {
        if action == .openSearch { return .unhandled }
        guard let catalog = context.catalog else {
            return action == .clear ? .nothing : .message(StatusMessage("Still loading the meetings…"))
        }
        if let movement = action.movement {
            move(movement, areas: context.areas)
            return .nothing
        }
        switch action {
        case .goto(let n):
            if !goto(ordinal: n, areas: context.areas) {
                return .message(StatusMessage("There \(Plural.be(listed)) \(Plural.count(listed, "meeting")) in the list", isError: true))
            }
        case .filter:
            saveBeforeFilter()
            return .prompt(.filter, text: filter)
        case .clear:
            if !filter.isEmpty {
                rebuild(catalog: catalog, filter: "", areas: context.areas)
                return .message(StatusMessage("Filter cleared"))
            }
        case .open:
            guard let index = selectedIndex else { return .nothing }
            return .openMeeting(catalog.summaries[index])
        case .timeline:
            guard let index = selectedIndex else { return .nothing }
            let summary = catalog.summaries[index]
            return .follow(
                Reducer.series(symbol: summary.symbol, organization: summary.organization, body: summary.body, title: summary.title))
        case .compare:
            guard let index = selectedIndex else { return .nothing }
            return .follow(.comparison(meeting: catalog.summaries[index].id))
        default:
            return .message(StatusMessage("That does nothing on the meetings list"))
        }
        return .nothing
    }

    /// The filter applies as you type, after a pause (a debounce timer); Enter keeps it,
    /// Esc restores the list as it was.
    mutating func prompt(_ purpose: PromptPurpose, _ prompt: Prompt, _ outcome: Prompt.Outcome, context: ScreenContext) -> ScreenOutcome {
        guard purpose == .filter else { return .nothing }
        switch outcome {
        case .unchanged:
            return .nothing
        case .edited:
            filterGeneration += 1
            return .effects([.startTimer(.applyFilter(generation: filterGeneration), milliseconds: context.filterDebounceMilliseconds)])
        case .submitted(let text):
            guard let catalog = context.catalog else { return .nothing }
            filterGeneration += 1
            if filter != text { rebuild(catalog: catalog, filter: text, areas: context.areas) }
            beforeFilter = nil
        case .cancelled:
            filterGeneration += 1
            restoreBeforeFilter()
        }
        return .nothing
    }

    mutating func receive(_ event: BrowserEvent, context: ScreenContext) -> ScreenOutcome {
        switch event {
        case .catalogLoaded(let catalog):
            rebuild(catalog: catalog, filter: filter, areas: context.areas, previous: context.catalog)
        case .timer(.applyFilter(let generation)):
            guard context.isTop, filterGeneration == generation, case .prompt(.filter, let prompt) = context.input,
                let catalog = context.catalog
            else { return .nothing }
            rebuild(catalog: catalog, filter: prompt.value, areas: context.areas)
        default:
            break
        }
        return .nothing
    }

    mutating func click(y: Int, context: ScreenContext) -> ScreenOutcome {
        click(y: y, areas: context.areas) ? .perform([.open]) : .nothing
    }

    mutating func settle(context: ScreenContext) {
        settle(direction: 1, areas: context.areas)
    }

    func draw(into grid: inout Grid, context: RenderContext) -> ScreenDrawing {
        let state = context.state
        var title = "Plenary · \(state.sourceName)"
        if let catalog = state.catalog.value { title += " · \(Renderer.count(catalog.count, "meeting"))" }
        let filter: String
        if case .prompt(.filter, let prompt) = state.input { filter = prompt.value } else { filter = self.filter }
        var drawing = ScreenDrawing(title: title, titleRight: filter.isEmpty ? "" : "filter “\(filter)”: \(listed)")
        drawing.cursorRow = render(
            into: &grid, areas: context.areas, catalog: state.catalog, sourceName: state.sourceName,
            clearKey: context.clearKey)
        switch state.catalog {
        case .loading: drawing.status = "Loading meetings from \(state.sourceName)…" + context.elapsed
        case .failed(let reason): drawing.status = reason
        case .loaded:
            drawing.status = context.footer(MeetingsScreen.hints, on: .meetings)
            if rows.indices.contains(viewport.selection), case .meeting(_, let ordinal) = rows[viewport.selection] {
                drawing.statusRight = "\(ordinal)/\(listed)"
            }
        }
        return drawing
    }
}
