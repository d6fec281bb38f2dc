import PlenaryModel
import TerminalUI

/// Following links, history and the search screen: the part of the reducer that goes from
/// one screen to another.
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
        let summary =
            state.catalog.value?.summaries.first { $0.id == id }
            ?? MeetingSummary(
                id: id, date: date, endDate: nil, title: id, organization: nil, body: nil,
                paragraphs: 0, speakers: 0, citations: 0, attendance: 0)
        return pushMeeting(summary, landing: MeetingScreen.Landing(paragraph: paragraph, highlights: highlights), &state)
    }

    /// Pushes the screen of a meeting and asks for its record.
    func pushMeeting(_ summary: MeetingSummary, landing: MeetingScreen.Landing?, _ state: inout AppState) -> [Effect] {
        let request = state.nextRequest
        state.nextRequest += 1
        var screen = MeetingScreen(summary: summary, request: request)
        screen.measure = state.measure
        screen.landing = landing
        push(.meeting(screen), &state)
        return [.loadMeeting(id: summary.id, request: request)]
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

    /// Leaves the screen shown for the one below, kept for `]`; `false` on the first screen.
    /// `back` and `history-back` both go this way; they differ only on the first screen.
    func goBack(_ state: inout AppState) -> Bool {
        guard state.stack.count > 1 else { return false }
        state.forward.append(state.stack.removeLast())
        settleAfterResize(&state)
        return true
    }

    /// History back and forward, and the search screen when the screen shown left `/` to
    /// everyone.
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
            // Back to the search screen already open below, query kept; else a new one.
            if let i = state.stack.lastIndex(where: {
                if case .search = $0 { return true }; return false
            }), i == state.stack.count - 2 {
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
}
