import PlenaryModel
import PlenarySearch
import TerminalUI

/// Following links, history, the speaker/resolution/country/timeline screens and the
/// search screen: the part of the reducer that goes from one screen to another.
extension Reducer {
    // MARK: Going somewhere

    /// Pushes a new screen; screens kept for `]` are dropped, as in a web browser.
    func push(_ screen: Screen, _ state: inout AppState) {
        state.stack.append(screen)
        state.forward.removeAll()
    }

    /// Opens the screen of a speaker, resolution, country or timeline.
    public func follow(_ target: LinkTarget, _ state: inout AppState) -> [Effect] {
        var target = target
        if case .country(let typed) = target {
            // `:country Azerbaijan`, `:country azerbaijan`, `:country AZE`.
            switch state.countries.code(for: typed) {
            case .success(let code): target = .country(code: code)
            case .failure(let error):
                state.message = StatusMessage(error.description, isError: true)
                return []
            }
        }
        let request = state.nextRequest
        state.nextRequest += 1
        push(.entity(EntityScreen(target: target, request: request)), &state)
        state.message = nil
        return [.loadPage(target, request: request)]
    }

    /// Opens a meeting, landing on a paragraph with words highlighted.
    func openMeeting(id: String, paragraph: Int?, highlights: [String], date: String, _ state: inout AppState) -> [Effect] {
        let summary = state.catalog.value?.summaries.first { $0.id == id }
            ?? MeetingSummary(id: id, date: date, endDate: nil, title: id, organization: nil, body: nil,
                              paragraphs: 0, speakers: 0, citations: 0, attendance: 0)
        let request = state.nextRequest
        state.nextRequest += 1
        var screen = MeetingScreen(summary: summary, request: request)
        screen.measure = state.measure
        screen.landing = MeetingScreen.Landing(paragraph: paragraph, highlights: highlights)
        push(.meeting(screen), &state)
        return [.loadMeeting(id: id, request: request)]
    }

    func open(_ item: EntityItem, _ state: inout AppState) -> [Effect] {
        switch item.open {
        case .meeting(let id, let paragraph, let highlights)?:
            return openMeeting(id: id, paragraph: paragraph, highlights: highlights, date: item.date, &state)
        case .link(let target)?:
            return follow(target, &state)
        case nil:
            state.message = StatusMessage("Nothing to open here")
            return []
        }
    }

    /// Where a link of a meeting leads; `nil` for a citation whose symbol was not identified.
    func linkTarget(_ link: DocumentLink, meetingID: String) -> LinkTarget? {
        switch link.target {
        case .person(let id, _): return .speaker(id: id, meeting: meetingID)
        case .citation(let symbol, _, _): return symbol.map { .resolution(symbol: $0) }
        case .country(let code): return .country(code: code)
        case .organization(let acronym): return .timeline(organization: acronym, body: nil)
        }
    }

    /// Leaves the screen shown for the one below, kept for `]`; `false` on the first screen.
    /// `back` and `history-back` both go this way; they differ only on the first screen.
    func goBack(_ state: inout AppState) -> Bool {
        guard state.stack.count > 1 else { return false }
        state.forward.append(state.stack.removeLast())
        settleAfterResize(&state)
        return true
    }

    /// History back and forward, and the search screen.
    func navigate(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .historyBack:
            if !goBack(&state) { state.message = StatusMessage("No earlier screen") }
        case .historyForward:
            guard let next = state.forward.popLast() else {
                state.message = StatusMessage("No later screen")
                return []
            }
            state.stack.append(next)
            settleAfterResize(&state)
        case .openSearch:
            if case .search(let screen) = state.screen {
                openPrompt(.storeSearch, text: screen.query, &state)
                return []
            }
            // From a speaker, resolution or country: a new search within it, run at once.
            if case .entity(let entity) = state.screen, let scope = entity.page.value?.searchScope {
                var screen = SearchScreen()
                screen.query = scope + " "
                screen.generation = 1
                screen.status = .searching
                push(.search(screen), &state)
                openPrompt(.storeSearch, text: screen.query, &state)
                return [.search(query: screen.query, generation: 1)]
            }
            // Back to the search screen already open below, query kept; else a new one.
            if let i = state.stack.lastIndex(where: { if case .search = $0 { return true }; return false }), i == state.stack.count - 2 {
                state.forward.append(state.stack.removeLast())
            } else {
                push(.search(SearchScreen()), &state)
            }
            guard case .search(let screen) = state.screen else { return [] }
            openPrompt(.storeSearch, text: screen.query, &state)
        default:
            break
        }
        return []
    }

    // MARK: Loads

    /// Writes a screen back to its place in the stack (the top unless it was left meanwhile).
    func replace(_ screen: Screen, in state: inout AppState, request: Int) {
        if let i = state.stack.lastIndex(where: { if case .entity(let s) = $0 { return s.request == request }; return false }) {
            state.stack[i] = screen
        }
    }

    func pageLoaded(_ request: Int, _ result: Result<EntityPage, LoadFailure>, _ state: inout AppState) {
        // No dead end: a screen that cannot be built, still the one shown, is taken away and
        // the status line says why; the screen the user was on stays as it was.
        if case .failure(let failure) = result, state.stack.count > 1,
           case .entity(let top) = state.screen, top.request == request, top.page == .loading {
            state.stack.removeLast()
            state.message = StatusMessage(failure.message, isError: true)
            settleAfterResize(&state)
            return
        }
        func apply(_ screens: inout [Screen]) {
            for i in screens.indices {
                guard case .entity(var screen) = screens[i], screen.request == request, screen.page == .loading else { continue }
                switch result {
                case .success(let page): screen.loaded(Reducer.named(page, for: screen.target, state.countries))
                case .failure(let failure):
                    screen.page = .failed(failure.message)
                    state.message = StatusMessage(failure.message, isError: true)
                }
                screens[i] = .entity(screen)
            }
        }
        apply(&state.stack)
        apply(&state.forward)
        settleAfterResize(&state)
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

    /// Changes the search screen wherever it is in the stack or ahead.
    func updateSearch(_ state: inout AppState, _ change: (inout SearchScreen) -> Void) {
        for i in state.stack.indices {
            if case .search(var screen) = state.stack[i] { change(&screen); state.stack[i] = .search(screen) }
        }
        for i in state.forward.indices {
            if case .search(var screen) = state.forward[i] { change(&screen); state.forward[i] = .search(screen) }
        }
    }

    func searchLoaded(_ generation: Int, _ result: Result<SearchOutcome, LoadFailure>, _ state: inout AppState) -> [Effect] {
        var message: StatusMessage?
        updateSearch(&state) { screen in
            guard screen.generation == generation else { return }
            switch result {
            case .success(let page):
                screen.show(page)
                message = screen.note.map { StatusMessage($0) }
            case .failure(let failure):
                screen.status = .failed(failure.message)
                screen.facets = nil
                message = StatusMessage(failure.message, isError: true)
            }
        }
        if let message { state.message = message }
        return []
    }

    func searchRefined(_ generation: Int, _ outcome: SearchOutcome, _ state: inout AppState) -> [Effect] {
        var note: String?
        updateSearch(&state) { screen in
            guard screen.generation == generation && screen.status == .done else { return }
            screen.refine(outcome)
            note = screen.note ?? "ranked among all matches"
        }
        if let note { state.message = StatusMessage(note) }
        return []
    }

    // MARK: Prompts

    /// Each keystroke runs the query (cancelling the last run); Enter keeps it, Esc stops it.
    func storeSearchPrompt(_ prompt: Prompt, _ outcome: Prompt.Outcome, _ state: inout AppState) -> [Effect] {
        guard case .search(var screen) = state.screen else {
            state.input = .normal
            return []
        }
        let text: String
        switch outcome {
        case .unchanged:
            return []
        case .cancelled:
            state.input = .normal
            guard screen.status == .searching else { return [] }
            screen.stopSearching()
            state.screen = .search(screen)
            return [.cancelSearch]
        case .submitted(let submitted):
            state.input = .normal
            remember(submitted, for: .storeSearch, &state)
            if submitted == screen.query { return [] }
            text = submitted
        case .edited:
            text = prompt.value
        }
        screen.generation += 1
        screen.query = text
        screen.facets = nil
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            screen.status = .idle
            screen.results = []
            screen.items = []
            screen.note = nil
            state.screen = .search(screen)
            return [.cancelSearch]
        }
        screen.status = .searching
        state.screen = .search(screen)
        return [.search(query: text, generation: screen.generation)]
    }

    /// Filters the items of a speaker, resolution, country or timeline screen as you type.
    func entityFilterPrompt(_ prompt: Prompt, _ outcome: Prompt.Outcome, _ state: inout AppState) -> [Effect] {
        guard case .entity(var screen) = state.screen else {
            state.input = .normal
            return []
        }
        switch outcome {
        case .unchanged: return []
        case .edited: screen.applyFilter(prompt.value, areas: state.areas)
        case .submitted(let text):
            state.input = .normal
            remember(text, for: .filter, &state)
            screen.applyFilter(text, areas: state.areas)
            screen.beforeFilter = nil
        case .cancelled:
            state.input = .normal
            screen.restoreBeforeFilter()
        }
        state.screen = .entity(screen)
        return []
    }

    // MARK: Screen actions

    func entityAction(_ action: Action, _ screen: inout EntityScreen, _ state: inout AppState) -> [Effect] {
        let areas = state.areas
        guard case .loaded = screen.page else {
            if action != .clear { state.message = StatusMessage("Still loading \(screen.target.label)…") }
            return []
        }
        if let movement = action.movement {
            screen.move(movement, areas: areas)
            return []
        }
        switch action {
        case .goto(let n):
            guard n <= screen.listed.count else {
                state.message = StatusMessage("There \(Plural.be(screen.listed.count)) \(Plural.count(screen.listed.count, "item")) in the list", isError: true)
                return []
            }
            screen.move(.to(n - 1), areas: areas)
        case .filter:
            screen.saveBeforeFilter()
            openPrompt(.filter, text: screen.filter, &state)
        case .clear:
            if !screen.filter.isEmpty {
                screen.applyFilter("", areas: areas)
                state.message = StatusMessage("Filter cleared")
            }
        case .open:
            guard let item = screen.selectedItem else { return [] }
            state.screen = .entity(screen)
            return open(item, &state)
        case .compare:
            // On a timeline: the meeting on the selected row against the meeting before it.
            guard case .meeting(let id, nil, _)? = screen.selectedItem?.open else {
                state.message = StatusMessage("Select a meeting of the timeline to compare it with the one before")
                return []
            }
            state.screen = .entity(screen)
            return follow(.comparison(meeting: id), &state)
        default:
            state.message = StatusMessage("That does nothing on this screen")
        }
        return []
    }

    func searchAction(_ action: Action, _ screen: inout SearchScreen, _ state: inout AppState) -> [Effect] {
        if let movement = action.movement {
            screen.move(movement, areas: state.areas)
            return []
        }
        switch action {
        case .goto(let n):
            screen.move(.to(n - 1), areas: state.areas)
        case .open:
            guard screen.items.indices.contains(screen.viewport.selection) else {
                state.message = StatusMessage("No result to open; \(actions.keyOrCommand(for: .openSearch, on: .search)) edits the query")
                return []
            }
            let item = screen.items[screen.viewport.selection]
            state.screen = .search(screen)
            return open(item, &state)
        case .clear:
            if screen.status == .searching {
                screen.stopSearching()
                return [.cancelSearch]
            }
        default:
            state.message = StatusMessage("That does nothing on the search screen")
        }
        return []
    }
}
