import PlenaryModel
import TerminalUI

/// The one place state changes: `reduce(&state, event)` returns the effects to run.
/// Pure: no clocks, no files, no terminal.
public struct Reducer: Sendable {
    public var actions: ActionTable
    /// How long the filter waits for the next keystroke before it runs.
    public var filterDebounceMilliseconds: Int

    public init(actions: ActionTable = .standard, filterDebounceMilliseconds: Int = 60) {
        self.actions = actions
        self.filterDebounceMilliseconds = filterDebounceMilliseconds
    }

    public func reduce(_ state: inout AppState, _ event: BrowserEvent) -> [Effect] {
        switch event {
        case .started:
            return [.loadCatalog]
        case .resized(let size):
            state.size = size
            settleAfterResize(&state)
            return []
        case .loading(let elapsed):
            state.loadingFor = elapsed
            return []
        case .catalogLoaded(let catalog):
            state.loadingFor = nil
            let previous = state.catalog.value
            state.catalog = .loaded(catalog)
            if case .meetings(var screen) = state.stack[0] {
                screen.rebuild(catalog: catalog, filter: screen.filter, areas: state.areas, previous: previous)
                state.stack[0] = .meetings(screen)
            }
            if !catalog.problems.isEmpty {
                let n = catalog.problems.count
                state.message = StatusMessage("\(n) meeting file\(n == 1 ? "" : "s") could not be read (first: \(catalog.problems[0])); `plenary check` lists them", isError: true)
            }
            return []
        case .meetingLoaded(let request, let result):
            state.loadingFor = nil
            for i in state.stack.indices.reversed() {
                guard case .meeting(var screen) = state.stack[i], screen.request == request else { continue }
                switch result {
                case .success(let meeting):
                    let document = MeetingDocument(meeting, countries: state.countries, council: screen.council)
                    screen.document = .loaded(document)
                    screen.symbol = meeting.symbol.flatMap { $0.isEmpty ? nil : $0 }
                    screen.cursor = document.paragraphOrder.first
                    if let landing = screen.landing {
                        screen.land(landing, areas: state.areas)
                        screen.landing = nil
                    }
                    state.stack[i] = .meeting(screen)
                case .failure(let failure):
                    state.message = StatusMessage("Cannot open the meeting: \(failure.message)", isError: true)
                    if i == state.stack.count - 1 && state.stack.count > 1 {
                        // No dead end: the screen the user was on stays.
                        state.stack.removeLast()
                        settleAfterResize(&state)
                    } else {
                        screen.document = .failed(failure.message)
                        state.stack[i] = .meeting(screen)
                    }
                }
            }
            return []
        case .councilRecordLoaded(let request, let record):
            for i in state.stack.indices {
                guard case .meeting(var screen) = state.stack[i], screen.request == request else { continue }
                screen.council = record
                state.stack[i] = .meeting(screen)
            }
            return []
        case .status(let message):
            state.message = message
            return []
        case .timer(.applyFilter(let generation)):
            guard case .meetings(var screen) = state.screen, screen.filterGeneration == generation,
                  case .prompt(.filter, let prompt) = state.input, let catalog = state.catalog.value else { return [] }
            screen.rebuild(catalog: catalog, filter: prompt.value, areas: state.areas)
            state.screen = .meetings(screen)
            return []
        case .pageLoaded(let request, let result):
            state.loadingFor = nil
            pageLoaded(request, result, &state)
            return []
        case .searchLoaded(let generation, let result):
            state.loadingFor = nil
            return searchLoaded(generation, result, &state)
        case .marksLoaded(.success(let marks)):
            state.marks = marks
            return []
        case .marksLoaded(.failure(let failure)):
            state.message = StatusMessage(failure.message, isError: true)
            return []
        case .notice(let text):
            state.message = StatusMessage(text, isError: true)
            return []
        case .pagerFinished(let failure):
            state.message = failure.map { StatusMessage($0.message, isError: true) }
            return []
        case .searchRefined(let generation, let outcome):
            return searchRefined(generation, outcome, &state)
        case .searchFacets(let generation, let facets):
            updateSearch(&state) { screen in
                if screen.generation == generation { screen.facets = facets }
            }
            return []
        case .key(let key):
            return handleKey(key, &state)
        case .action(let action):
            return perform(action, &state)
        }
    }

    // MARK: Keys

    private func handleKey(_ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        if key.key == .resize { return [] }
        if !state.size.fits(AppState.minimumSize) {
            // Only quitting makes sense on the notice.
            if key == KeyEvent(.character("q")) || actions.action(for: key, on: state.screenKind) == .quit { return quit(&state) }
            return []
        }
        if case .mark(let set) = state.input {
            state.input = .normal
            return markKey(key, set: set, &state)
        }
        if case .prompt(let purpose, var prompt) = state.input {
            let outcome = prompt.handle(key)
            state.input = .prompt(purpose, prompt)
            return promptChanged(purpose, prompt, outcome, &state)
        }
        if let offset = state.helpOffset {
            let rows = HelpOverlay.visibleRows(in: state.size)
            let total = actions.helpEntries(for: state.screenKind).count
            let view = ListViewport(offset: offset)
            switch actions.action(for: key, on: state.screenKind) {
            case .moveDown?: state.helpOffset = view.scrolled(by: 1, count: total, height: rows).offset
            case .moveUp?: state.helpOffset = view.scrolled(by: -1, count: total, height: rows).offset
            case .pageDown?: state.helpOffset = view.scrolled(by: rows, count: total, height: rows).offset
            case .pageUp?: state.helpOffset = view.scrolled(by: -rows, count: total, height: rows).offset
            case .quit?: return quit(&state)
            default: state.helpOffset = nil
            }
            return []
        }
        if case .mouse(let mouse) = key.key { return handleMouse(mouse, &state) }
        state.message = nil
        guard let action = actions.action(for: key, on: state.screenKind) else {
            if key.typedCharacter != nil || key.modifiers.contains(.control) {
                let help = actions.keyNames(for: .help, on: state.screenKind)
                state.message = StatusMessage("\(key) does nothing here; \(help.isEmpty ? ":help" : help.joined(separator: " or ")) lists the keys")
            }
            return []
        }
        return perform(action, &state)
    }

    private func handleMouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        if case .meeting(var screen) = state.screen, mouse.kind != .click {
            // The wheel scrolls lines; the cursor stays unless it leaves the view.
            screen.scroll(by: mouse.kind == .wheelDown ? 3 : -3, areas: state.areas)
            screen.keepCursorInView(areas: state.areas, preferLast: mouse.kind == .wheelUp)
            state.screen = .meeting(screen)
            return []
        }
        switch mouse.kind {
        case .wheelDown: return perform(.moveDown, &state) + perform(.moveDown, &state) + perform(.moveDown, &state)
        case .wheelUp: return perform(.moveUp, &state) + perform(.moveUp, &state) + perform(.moveUp, &state)
        case .click:
            switch state.screen {
            case .meetings(var screen):
                let again = screen.click(y: mouse.position.y, areas: state.areas)
                state.screen = .meetings(screen)
                return again ? perform(.open, &state) : []
            case .entity(var screen):
                let again = screen.click(y: mouse.position.y, areas: state.areas)
                state.screen = .entity(screen)
                return again ? perform(.open, &state) : []
            case .search(var screen):
                let again = screen.click(y: mouse.position.y, areas: state.areas)
                state.screen = .search(screen)
                return again ? perform(.open, &state) : []
            case .meeting:
                return []
            }
        }
    }

    // MARK: Prompts

    /// Opens a prompt, with `text` already typed and the prompt's history for Up and Down.
    func openPrompt(_ purpose: PromptPurpose, text: String = "", _ state: inout AppState) {
        state.input = .prompt(purpose, Prompt(prefix: purpose.prefix, text: text, history: state.promptHistory[purpose] ?? []))
        state.message = nil
    }

    func remember(_ text: String, for purpose: PromptPurpose, _ state: inout AppState) {
        guard !text.isEmpty else { return }
        var history = state.promptHistory[purpose] ?? []
        history.removeAll { $0 == text }
        history.append(text)
        state.promptHistory[purpose] = Array(history.suffix(100))
    }

    private func promptChanged(_ purpose: PromptPurpose, _ prompt: Prompt, _ outcome: Prompt.Outcome, _ state: inout AppState) -> [Effect] {
        switch (purpose, outcome) {
        case (_, .unchanged):
            return []
        case (.command, .submitted(let text)):
            state.input = .normal
            remember(text, for: purpose, &state)
            switch actions.command(text, on: state.screenKind) {
            case .success(let action): return perform(action, &state)
            case .failure(let error):
                state.message = StatusMessage(error.description, isError: true)
                return []
            }
        case (.command, .cancelled):
            state.input = .normal
            return []
        case (.command, .edited):
            return []

        case (.storeSearch, _):
            return storeSearchPrompt(prompt, outcome, &state)
        case (.filter, _) where state.screen.kind != .meetings:
            return entityFilterPrompt(prompt, outcome, &state)

        case (.filter, .edited):
            guard case .meetings(var screen) = state.screen else { return [] }
            screen.filterGeneration += 1
            state.screen = .meetings(screen)
            return [.startTimer(.applyFilter(generation: screen.filterGeneration), milliseconds: filterDebounceMilliseconds)]
        case (.filter, .submitted(let text)):
            state.input = .normal
            remember(text, for: purpose, &state)
            guard case .meetings(var screen) = state.screen, let catalog = state.catalog.value else { return [] }
            screen.filterGeneration += 1
            if screen.filter != text { screen.rebuild(catalog: catalog, filter: text, areas: state.areas) }
            screen.beforeFilter = nil
            state.screen = .meetings(screen)
            return []
        case (.filter, .cancelled):
            state.input = .normal
            guard case .meetings(var screen) = state.screen else { return [] }
            screen.filterGeneration += 1
            screen.restoreBeforeFilter()
            state.screen = .meetings(screen)
            return []

        case (.search(let backward), .edited):
            guard case .meeting(var screen) = state.screen else { return [] }
            screen.runSearch(prompt.value, backward: backward, areas: state.areas)
            state.screen = .meeting(screen)
            return []
        case (.search(let backward), .submitted(let text)):
            state.input = .normal
            remember(text, for: purpose, &state)
            guard case .meeting(var screen) = state.screen else { return [] }
            if screen.search?.query != text || screen.search?.backward != backward {
                screen.runSearch(text, backward: backward, areas: state.areas)
            }
            screen.beforeSearch = nil
            if let found = screen.search, found.matches.isEmpty {
                state.message = StatusMessage("No match for “\(text)”", isError: true)
            }
            state.screen = .meeting(screen)
            return []
        case (.search, .cancelled):
            state.input = .normal
            guard case .meeting(var screen) = state.screen else { return [] }
            if let saved = screen.beforeSearch {
                screen.search = saved.search
                screen.scroll = saved.scroll
                screen.beforeSearch = nil
            }
            state.screen = .meeting(screen)
            return []
        }
    }

    // MARK: Actions

    public func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
        let areas = state.areas
        switch action {
        case .quit:
            return quit(&state)
        case .back:
            // The first screen has nothing behind it: back leaves Plenary.
            return goBack(&state) ? [] : quit(&state)
        case .historyBack, .historyForward, .openSearch:
            return navigate(action, &state)
        case .setMark, .jumpToMark:
            state.input = .mark(set: action == .setMark)
            state.message = StatusMessage(action == .setMark ? "Mark this place as: (a letter)" : "Go to mark: (a letter)")
            return []
        case .yank, .yankMarkdown:
            return yank(markdown: action == .yankMarkdown, &state)
        case .openInPager:
            return pager(&state)
        case .show(let target):
            return follow(target, &state)
        case .help:
            state.helpOffset = 0
            return []
        case .commandPrompt:
            openPrompt(.command, &state)
            return []
        case .redraw:
            return [.repaint]
        case .suspend:
            return [.suspendToShell]
        default:
            break
        }

        switch state.screen {
        case .meetings(var screen):
            let effects = meetingsAction(action, &screen, &state)
            if case .meetings = state.screen { state.screen = .meetings(screen) }
            else if state.stack.count >= 2, case .meetings = state.stack[state.stack.count - 2] {
                state.stack[state.stack.count - 2] = .meetings(screen)
            }
            return effects
        case .entity(var screen):
            let effects = entityAction(action, &screen, &state)
            replace(.entity(screen), in: &state, request: screen.request)
            return effects
        case .search(var screen):
            let effects = searchAction(action, &screen, &state)
            if case .search = state.screen { state.screen = .search(screen) }
            else if state.stack.count >= 2, case .search = state.stack[state.stack.count - 2] {
                state.stack[state.stack.count - 2] = .search(screen)
            }
            return effects
        case .meeting(var screen):
            if let movement = action.movement {
                screen.move(movement, areas: areas)
                state.screen = .meeting(screen)
                return []
            }
            switch action {
            case .nextTurn, .previousTurn:
                guard case .loaded = screen.document else {
                    state.message = StatusMessage("The meeting is still loading")
                    break
                }
                state.message = screen.stepTurn(forward: action == .nextTurn, areas: areas)
            case .goto(let n):
                if !screen.goto(paragraph: n, areas: areas) { state.message = StatusMessage("No paragraph \(n) in this meeting", isError: true) }
            case .nextLink: state.message = screen.cycleLink(forward: true, areas: areas)
            case .previousLink: state.message = screen.cycleLink(forward: false, areas: areas)
            case .searchForward, .searchBackward:
                guard case .loaded = screen.document else { break }
                screen.beforeSearch = MeetingScreen.SavedSearch(search: screen.search, scroll: screen.scroll)
                state.screen = .meeting(screen)
                openPrompt(.search(backward: action == .searchBackward), &state)
                return []
            case .nextMatch, .previousMatch:
                guard screen.search != nil else {
                    let forward = actions.keyOrCommand(for: .searchForward, on: .meeting)
                    let backward = actions.keyOrCommand(for: .searchBackward, on: .meeting)
                    state.message = StatusMessage("No search yet: \(forward) searches forward, \(backward) backward")
                    break
                }
                state.message = screen.stepMatch(reverse: action == .previousMatch, areas: areas)
            case .clear:
                screen.search = nil
                screen.focusedLink = nil
            case .timeline:
                state.screen = .meeting(screen)
                return follow(Reducer.series(symbol: screen.symbol, organization: screen.organization, body: screen.body, title: screen.title), &state)
            case .compare:
                state.screen = .meeting(screen)
                return follow(.comparison(meeting: screen.id), &state)
            case .open:
                if let focused = screen.focusedLink, case .loaded(let document) = screen.document {
                    let link = document.links[focused]
                    if let target = linkTarget(link, meetingID: screen.id) {
                        state.screen = .meeting(screen)
                        return follow(target, &state)
                    }
                    state.message = StatusMessage(link.summary + ": nothing to open")
                } else {
                    state.message = StatusMessage(actions.keyOrCommand(for: .nextLink, on: .meeting) + " moves to the links of this meeting")
                }
            default:
                state.message = StatusMessage("That does nothing on this screen")
            }
            state.screen = .meeting(screen)
            return []
        }
    }

    private func meetingsAction(_ action: Action, _ screen: inout MeetingsScreen, _ state: inout AppState) -> [Effect] {
        let areas = state.areas
        guard let catalog = state.catalog.value else {
            if action != .clear { state.message = StatusMessage("Still loading the meetings…") }
            return []
        }
        if let movement = action.movement {
            screen.move(movement, areas: areas)
            return []
        }
        switch action {
        case .goto(let n):
            if !screen.goto(ordinal: n, areas: areas) {
                state.message = StatusMessage("There \(Plural.be(screen.listed)) \(Plural.count(screen.listed, "meeting")) in the list", isError: true)
            }
        case .filter:
            screen.saveBeforeFilter()
            openPrompt(.filter, text: screen.filter, &state)
        case .clear:
            if !screen.filter.isEmpty {
                screen.rebuild(catalog: catalog, filter: "", areas: areas)
                state.message = StatusMessage("Filter cleared")
            }
        case .open:
            guard let index = screen.selectedIndex else { return [] }
            let summary = catalog.summaries[index]
            let request = state.nextRequest
            state.nextRequest += 1
            var opened = MeetingScreen(summary: summary, request: request)
            opened.measure = state.measure
            push(.meeting(opened), &state)
            return [.loadMeeting(id: summary.id, request: request)]
        case .timeline:
            guard let index = screen.selectedIndex else { return [] }
            let summary = catalog.summaries[index]
            state.screen = .meetings(screen)
            return follow(Reducer.series(symbol: summary.symbol, organization: summary.organization, body: summary.body, title: summary.title), &state)
        case .compare:
            guard let index = screen.selectedIndex else { return [] }
            state.screen = .meetings(screen)
            return follow(.comparison(meeting: catalog.summaries[index].id), &state)
        default:
            state.message = StatusMessage("That does nothing on the meetings list")
        }
        return []
    }

    /// The series a meeting belongs to, for `t`: for a Security Council record its agenda
    /// item (the record's title), for anything else its body (or organisation).
    static func series(symbol: String?, organization: String?, body: String?, title: String) -> LinkTarget {
        if symbol?.hasPrefix("S/PV.") == true, let body { return .agenda(body: body, item: title) }
        return .timeline(organization: organization, body: body)
    }

    func quit(_ state: inout AppState) -> [Effect] {
        state.shouldQuit = true
        return [.quit]
    }

    /// After a resize or a return to a screen: keep selections visible at the new size.
    func settleAfterResize(_ state: inout AppState) {
        switch state.screen {
        case .meetings(var screen):
            screen.settle(direction: 1, areas: state.areas)
            state.screen = .meetings(screen)
        case .meeting:
            break       // the anchor stays; rendering clamps it to the new size
        case .entity(var screen):
            screen.move(.to(screen.viewport.selection), areas: state.areas)
            state.screen = .entity(screen)
        case .search(var screen):
            screen.move(.to(screen.viewport.selection), areas: state.areas)
            state.screen = .search(screen)
        }
        if let offset = state.helpOffset {
            let total = actions.helpEntries(for: state.screenKind).count
            state.helpOffset = min(offset, max(0, total - HelpOverlay.visibleRows(in: state.size)))
        }
    }
}
