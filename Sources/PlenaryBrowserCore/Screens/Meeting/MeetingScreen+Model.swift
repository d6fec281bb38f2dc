import TerminalUI

/// A meeting's own actions (the paragraph cursor, turns, links, the search within), its
/// search prompt, its loads and drawing.
extension MeetingScreen: ScreenModel {
    public var kind: ScreenKind { .meeting }
    var screen: Screen { .meeting(self) }

    static let hints: [Renderer.Hint] = [
        ([.nextLink], "links"), ([.searchForward], "search"), ([.nextMatch, .previousMatch], "matches"),
        ([.back], "back"), ([.help], "help"),
    ]

    mutating func update(_ action: Action, context: ScreenContext) -> ScreenOutcome {
        let areas = context.areas
        if let movement = action.movement {
            move(movement, areas: areas)
            return .nothing
        }
        switch action {
        case .nextTurn, .previousTurn:
            guard case .loaded = document else { return .message(StatusMessage("The meeting is still loading")) }
            return .message(stepTurn(forward: action == .nextTurn, areas: areas))
        case .goto(let n):
            if !goto(paragraph: n, areas: areas) { return .message(StatusMessage("No paragraph \(n) in this meeting", isError: true)) }
        case .nextLink, .previousLink:
            return .message(cycleLink(forward: action == .nextLink, areas: areas))
        case .searchForward, .searchBackward:
            guard case .loaded = document else { return .nothing }
            beforeSearch = SavedSearch(search: search, scroll: scroll)
            return .prompt(.search(backward: action == .searchBackward), text: "")
        case .nextMatch, .previousMatch:
            guard search != nil else {
                let forward = context.actions.keyOrCommand(for: .searchForward, on: .meeting)
                let backward = context.actions.keyOrCommand(for: .searchBackward, on: .meeting)
                return .message(StatusMessage("No search yet: \(forward) searches forward, \(backward) backward"))
            }
            return .message(stepMatch(reverse: action == .previousMatch, areas: areas))
        case .clear:
            search = nil
            focusedLink = nil
        case .timeline:
            return .follow(Reducer.series(symbol: symbol, organization: organization, body: body, title: title))
        case .compare:
            return .follow(.comparison(meeting: id))
        case .open:
            return openFocusedLink(context)
        case .openSearch:
            return .unhandled
        default:
            return .message(StatusMessage("That does nothing on this screen"))
        }
        return .nothing
    }

    /// Enter on a link: the screen it leads to.
    private func openFocusedLink(_ context: ScreenContext) -> ScreenOutcome {
        guard let focused = focusedLink, case .loaded(let document) = document else {
            return .message(
                StatusMessage(context.actions.keyOrCommand(for: .nextLink, on: .meeting) + " moves to the links of this meeting"))
        }
        let link = document.links[focused]
        guard let target = MeetingScreen.target(of: link, meetingID: id) else {
            return .message(StatusMessage(link.summary + ": nothing to open"))
        }
        return .follow(target)
    }

    /// Where a link of a meeting leads; `nil` for a citation whose symbol was not identified.
    static func target(of link: DocumentLink, meetingID: String) -> LinkTarget? {
        switch link.target {
        case .person(let id, _): return .speaker(id: id, meeting: meetingID)
        case .citation(let symbol, _, _): return symbol.map { .resolution(symbol: $0) }
        case .country(let code): return .country(code: code)
        case .organization(let acronym): return .timeline(organization: acronym, body: nil)
        }
    }

    /// The search within the meeting moves as you type; Enter keeps it, Esc restores the
    /// search and scroll there were.
    mutating func prompt(_ purpose: PromptPurpose, _ prompt: Prompt, _ outcome: Prompt.Outcome, context: ScreenContext) -> ScreenOutcome {
        guard case .search(let backward) = purpose else { return .nothing }
        switch outcome {
        case .unchanged:
            return .nothing
        case .edited:
            runSearch(prompt.value, backward: backward, areas: context.areas)
        case .submitted(let text):
            if search?.query != text || search?.backward != backward {
                runSearch(text, backward: backward, areas: context.areas)
            }
            beforeSearch = nil
            if let found = search, found.matches.isEmpty { return .message(StatusMessage("No match for “\(text)”", isError: true)) }
        case .cancelled:
            if let saved = beforeSearch {
                search = saved.search
                scroll = saved.scroll
                beforeSearch = nil
            }
        }
        return .nothing
    }

    mutating func receive(_ event: BrowserEvent, context: ScreenContext) -> ScreenOutcome {
        switch event {
        case .meetingLoaded(let request, .success(let meeting)) where request == self.request:
            let document = MeetingDocument(meeting, countries: context.countries, council: council)
            self.document = .loaded(document)
            symbol = meeting.symbol.flatMap { $0.isEmpty ? nil : $0 }
            cursor = document.paragraphOrder.first
            if let landing {
                land(landing, areas: context.areas)
                self.landing = nil
            }
        case .meetingLoaded(let request, .failure(let failure)) where request == self.request:
            let message = StatusMessage("Cannot open the meeting: \(failure.message)", isError: true)
            // No dead end: the screen the user was on stays.
            if context.canDrop { return .drop(message) }
            document = .failed(failure.message)
            return .message(message)
        case .councilRecordLoaded(let request, let record) where request == self.request:
            council = record
        default:
            break
        }
        return .nothing
    }

    /// The wheel scrolls lines; the cursor stays unless it leaves the view.
    mutating func wheel(down: Bool, context: ScreenContext) -> ScreenOutcome {
        scroll(by: down ? 3 : -3, areas: context.areas)
        keepCursorInView(areas: context.areas, preferLast: !down)
        return .nothing
    }

    func place(_ areas: ScreenAreas) -> Mark? {
        .meeting(id: id, date: date, paragraph: placeParagraph(areas: areas))
    }

    func passage(_ areas: ScreenAreas) -> Passage? {
        guard case .loaded(let document) = document, let index = placeParagraph(areas: areas) else { return nil }
        return .open(document, paragraph: index)
    }

    func draw(into grid: inout Grid, context: RenderContext) -> ScreenDrawing {
        let facts = [symbol, date, organization].compactMap { $0 }.joined(separator: " · ")
        var drawing = ScreenDrawing(title: "Meetings › \(facts)", titleRight: search.map { "/\($0.query) \($0.counter)" } ?? "")
        drawing.cursorRow = render(into: &grid, areas: context.areas)
        switch document {
        case .loading: drawing.status = "Loading \(id)…" + context.elapsed
        case .failed: drawing.status = context.actions.keyOrCommand(for: .back, on: .meeting) + " goes back"
        case .loaded:
            drawing.status = context.footer(MeetingScreen.hints, on: .meeting)
            drawing.statusRight = [search.map(\.counter), position(areas: context.areas)].compactMap { $0 }.joined(separator: " · ")
        }
        return drawing
    }
}
