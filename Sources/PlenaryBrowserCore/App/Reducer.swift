import PlenaryModel
import TerminalUI

/// The one place state changes: `reduce(&state, event)` returns the effects to run.
/// Pure: no clocks, no files, no terminal. Screens update themselves (`ScreenModel`); the
/// reducer routes to them, handles what is shared, and applies their outcomes in `apply`.
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
            // The screens see the catalogue being replaced, to keep the selected meeting.
            let effects = broadcast(event, &state)
            state.catalog = .loaded(catalog)
            if !catalog.problems.isEmpty {
                let n = catalog.problems.count
                state.message = StatusMessage(
                    "\(n) meeting file\(n == 1 ? "" : "s") could not be read (first: \(catalog.problems[0])); `plenary check` lists them",
                    isError: true)
            }
            return effects
        case .meetingLoaded, .searchLoaded:
            state.loadingFor = nil
            return broadcast(event, &state)
        case .pageLoaded:
            state.loadingFor = nil
            let effects = broadcast(event, &state)
            settleAfterResize(&state)
            return effects
        case .councilRecordLoaded, .timer, .searchRefined, .searchFacets:
            return broadcast(event, &state)
        case .key(let key):
            return handleKey(key, &state)
        case .action(let action):
            return perform(action, &state)
        case .status, .marksLoaded, .notice, .pagerFinished:
            report(event, &state)
            return []
        }
    }

    /// Events that only set the marks or the status line.
    private func report(_ event: BrowserEvent, _ state: inout AppState) {
        switch event {
        case .status(let message): state.message = message
        case .marksLoaded(.success(let marks)): state.marks = marks
        case .marksLoaded(.failure(let failure)): state.message = StatusMessage(failure.message, isError: true)
        case .notice(let text): state.message = StatusMessage(text, isError: true)
        case .pagerFinished(let failure): state.message = failure.map { StatusMessage($0.message, isError: true) }
        default: break
        }
    }

    // MARK: Routing to screens

    /// What a screen may read of the state.
    func context(_ state: AppState, isTop: Bool) -> ScreenContext {
        ScreenContext(
            areas: state.areas, actions: actions, catalog: state.catalog.value, input: state.input, countries: state.countries,
            filterDebounceMilliseconds: filterDebounceMilliseconds, isTop: isTop, canDrop: isTop && state.stack.count > 1)
    }

    /// Lets the shown screen change itself, writes it back, then applies what it asked for.
    func updateTop(_ state: inout AppState, _ change: (inout any ScreenModel, ScreenContext) -> ScreenOutcome) -> [Effect] {
        var model = state.screen.model
        let outcome = change(&model, context(state, isTop: true))
        state.screen = model.screen
        return apply(outcome, &state)
    }

    /// Hands a load or a timer to every screen of the history and the screens ahead of it:
    /// each takes what answers its own request.
    func broadcast(_ event: BrowserEvent, _ state: inout AppState) -> [Effect] {
        var outcomes: [ScreenOutcome] = []
        for i in state.stack.indices {
            var model = state.stack[i].model
            outcomes.append(model.receive(event, context: context(state, isTop: i == state.stack.count - 1)))
            state.stack[i] = model.screen
        }
        for i in state.forward.indices {
            var model = state.forward[i].model
            outcomes.append(model.receive(event, context: context(state, isTop: false)))
            state.forward[i] = model.screen
        }
        return apply(.all(outcomes), &state)
    }

    /// Carries out what a screen asked for, after it was written back: the one place
    /// screens are pushed or dropped on their behalf.
    func apply(_ outcome: ScreenOutcome, _ state: inout AppState) -> [Effect] {
        switch outcome {
        case .nothing, .unhandled:
            return []
        case .effects(let effects):
            return effects
        case .message(let message):
            state.message = message
            return []
        case .prompt(let purpose, let text):
            openPrompt(purpose, text: text, &state)
            return []
        case .follow(let target):
            return follow(target, &state)
        case .open(let item):
            return open(item, &state)
        case .openMeeting(let summary):
            return pushMeeting(summary, landing: nil, &state)
        case .push(let screen, let effects):
            push(screen, &state)
            return effects
        case .drop(let message):
            state.message = message
            guard state.stack.count > 1 else { return [] }
            state.stack.removeLast()
            settleAfterResize(&state)
            return []
        case .perform(let actions):
            return actions.flatMap { perform($0, &state) }
        case .all(let outcomes):
            return outcomes.flatMap { apply($0, &state) }
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
        if let offset = state.helpOffset { return helpKey(key, offset: offset, &state) }
        if case .mouse(let mouse) = key.key {
            return updateTop(&state) { screen, context in
                mouse.kind == .click
                    ? screen.click(y: mouse.position.y, context: context) : screen.wheel(down: mouse.kind == .wheelDown, context: context)
            }
        }
        state.message = nil
        guard let action = actions.action(for: key, on: state.screenKind) else {
            if key.typedCharacter != nil || key.modifiers.contains(.control) {
                let help = actions.keyNames(for: .help, on: state.screenKind)
                state.message = StatusMessage(
                    "\(key) does nothing here; \(help.isEmpty ? ":help" : help.joined(separator: " or ")) lists the keys")
            }
            return []
        }
        return perform(action, &state)
    }

    /// The help overlay scrolls with the moving keys; any other key closes it.
    private func helpKey(_ key: KeyEvent, offset: Int, _ state: inout AppState) -> [Effect] {
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

    /// Enter and Esc close every prompt (Enter remembers it); the `:` prompt runs a command;
    /// every other prompt belongs to the screen that opened it.
    private func promptChanged(_ purpose: PromptPurpose, _ prompt: Prompt, _ outcome: Prompt.Outcome, _ state: inout AppState) -> [Effect] {
        switch outcome {
        case .unchanged: return []
        case .edited: break
        case .cancelled: state.input = .normal
        case .submitted(let text):
            state.input = .normal
            remember(text, for: purpose, &state)
        }
        guard purpose == .command else {
            return updateTop(&state) { screen, context in screen.prompt(purpose, prompt, outcome, context: context) }
        }
        guard case .submitted(let text) = outcome else { return [] }
        switch actions.command(text, on: state.screenKind) {
        case .success(let action): return perform(action, &state)
        case .failure(let error):
            state.message = StatusMessage(error.description, isError: true)
            return []
        }
    }

    // MARK: Actions

    /// Global actions are handled here; every other action goes to the screen shown, and
    /// what it leaves (`unhandled`) to the shared handling.
    public func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
        if let effects = global(action, &state) { return effects }
        var unhandled = false
        let effects = updateTop(&state) { screen, context in
            let outcome = screen.update(action, context: context)
            unhandled = outcome == .unhandled
            return outcome
        }
        return unhandled ? shared(action, &state) : effects
    }

    /// Actions that mean the same on every screen; `nil` for the others.
    private func global(_ action: Action, _ state: inout AppState) -> [Effect]? {
        switch action {
        case .quit:
            return quit(&state)
        case .back:
            // The first screen has nothing behind it: back leaves Plenary.
            return goBack(&state) ? [] : quit(&state)
        case .historyBack, .historyForward:
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
            return nil
        }
    }

    /// What a screen left to everyone: the search screen, and the word that an action does
    /// nothing here.
    private func shared(_ action: Action, _ state: inout AppState) -> [Effect] {
        if action == .openSearch { return navigate(action, &state) }
        state.message = StatusMessage("That does nothing on this screen")
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
        _ = updateTop(&state) { screen, context in
            screen.settle(context: context)
            return .nothing
        }
        if let offset = state.helpOffset {
            let total = actions.helpEntries(for: state.screenKind).count
            state.helpOffset = min(offset, max(0, total - HelpOverlay.visibleRows(in: state.size)))
        }
    }
}
