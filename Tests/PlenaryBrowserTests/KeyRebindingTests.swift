import PlenaryModel
@testable import PlenaryBrowser
import PlenarySearch
import PlenaryBrowserTestSupport
import TerminalUI
import XCTest

/// Issue 13: key names come only from the action table. A config.toml rebinds every action
/// that takes no argument to keys no default uses (F2–F24, then M-a, M-b, …); every screen,
/// the help overlay and the messages that tell the user what to press are rendered with it,
/// and no default key may be left in a footer, a status message, a filter note or the help's
/// key column, while the new keys must be there.
final class KeyRebindingTests: XCTestCase {
    /// The actions a key can run (those without argument), in the table's order.
    static let bindable = ActionTable.standard.specs.filter { $0.make(nil) != nil }.map(\.name)

    /// The new key of each bindable action.
    static let newKey: [String: String] = {
        let keys = (2...24).map { "F\($0)" } + "abcdefghijklmnopqrstuvwxyz".map { "M-\($0)" }
        return Dictionary(uniqueKeysWithValues: zip(bindable, keys))
    }()

    /// Every key of the standard table, as the help writes it.
    static let oldKeys = Set(ActionTable.standard.specs.flatMap(\.keys).map(\.description))

    static let config: BrowserConfig = {
        let lines = bindable.map { "\($0) = [\"\(newKey[$0]!)\"]" }
        return BrowserConfig.parse("[keys]\n" + lines.joined(separator: "\n") + "\n")
    }()

    let reducer = Reducer(actions: KeyRebindingTests.config.actions)
    let renderer = Renderer(actions: KeyRebindingTests.config.actions)

    // MARK: Helpers

    private func key(_ name: String) -> String { Self.newKey[name]! }

    @discardableResult
    private func press(_ state: inout AppState, _ name: String) -> [Effect] {
        reducer.press(&state, KeyEvent(notation: key(name))!)
    }

    /// Runs load effects as the runtime would, through the rebound reducer.
    private func run(_ effects: [Effect], _ state: inout AppState) {
        let linked = LinkedFixtures.linked
        for effect in effects {
            switch effect {
            case .loadPage(let target, let request):
                let result: Result<EntityPage, LoadFailure>
                do throws(LoadFailure) { result = .success(try linked.page(target)) } catch { result = .failure(error) }
                run(reducer.reduce(&state, .pageLoaded(request: request, result)), &state)
            case .loadMeeting(let id, let request):
                let found = LinkedFixtures.meetings.first { $0.id == id }
                run(
                    reducer.reduce(
                        &state, .meetingLoaded(request: request, found.map { .success($0) } ?? .failure(LoadFailure(message: "none")))),
                    &state)
            default:
                break
            }
        }
    }

    private func statusRow(_ state: AppState) -> String {
        let grid = renderer.render(state).grid
        return grid.text(row: grid.height - 1).trimmingCharacters(in: .whitespaces)
    }

    /// The words of a hint, split where a key could stand alone: "F2/F3 scroll" → F2, F3,
    /// scroll; "F9 shows every item." → F9, shows, every, item. A key alone ("/", "?") stays.
    static func tokens(_ text: String) -> [String] {
        text.split(separator: " ").flatMap { word -> [String] in
            let parts = word.count > 1 && word.contains("/") ? word.split(separator: "/").map(String.init) : [String(word)]
            return parts.map { part in
                var part = part
                while part.count > 1, let last = part.last, ".,;:".contains(last) { part.removeLast() }
                return part
            }
        }
    }

    /// Fails when `text`, a footer or message, still names a default key.
    private func assertNoOldKey(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        let stale = Self.tokens(text).filter { Self.oldKeys.contains($0) }
        XCTAssertEqual(stale, [], "\(context): default keys left in “\(text)”", file: file, line: line)
    }

    /// The help overlay as drawn: the key column of each entry (the `.heading` cells inside
    /// the box), the entry lines and the box's footer.
    private func helpOverlay(_ grid: Grid) -> (keys: [String], lines: [String], footer: String)? {
        guard let top = (0..<grid.height).first(where: { y in (0..<grid.width).contains { grid[$0, y].text == "┌" } }),
            let bottom = (top..<grid.height).first(where: { y in (0..<grid.width).contains { grid[$0, y].text == "└" } }),
            let left = (0..<grid.width).first(where: { grid[$0, top].text == "┌" }),
            let right = (left..<grid.width).first(where: { grid[$0, top].text == "┐" })
        else { return nil }
        var keys: [String] = []
        var lines: [String] = []
        for y in (top + 2)..<(bottom - 1) {
            let columns = (left + 1)..<right
            let key = columns.filter { grid[$0, y].style == .heading }.map { grid[$0, y].text }.joined()
            keys.append(key.trimmingCharacters(in: .whitespaces))
            lines.append(columns.map { grid[$0, y].text }.joined().trimmingCharacters(in: .whitespaces))
        }
        let footer = ((left + 1)..<right).map { grid[$0, bottom].text }.joined()
            .trimmingCharacters(in: CharacterSet(charactersIn: "─ "))
        return (keys, lines, footer)
    }

    /// Opens the help with the new key at a size where every entry fits, checks it, closes it.
    private func checkHelp(_ state: AppState, file: StaticString = #filePath, line: UInt = #line) {
        var state = state
        let screen = state.screenKind
        _ = reducer.reduce(&state, .resized(Size(width: 100, height: 60)))
        press(&state, "help")
        XCTAssertEqual(state.helpOffset, 0, "\(screen): the new help key opens the help", file: file, line: line)
        guard let help = helpOverlay(renderer.render(state).grid) else {
            return XCTFail("\(screen): no help overlay", file: file, line: line)
        }
        XCTAssertEqual(
            help.keys.count, ActionTable.standard.helpEntries(for: screen).count, "\(screen): every entry is shown", file: file, line: line)
        for keys in help.keys where !keys.hasPrefix(":") {  // ":goto N" is a command, not a key
            assertNoOldKey(keys, "\(screen) help", file: file, line: line)
            XCTAssertTrue(
                Self.tokens(keys).allSatisfy { Set(Self.newKey.values).contains($0) }, "\(screen) help: “\(keys)”", file: file, line: line)
        }
        // New keys are unique, so each action of this screen is listed under its own.
        for name in Self.bindable where applies(name, to: screen) {
            XCTAssertTrue(help.keys.contains(key(name)), "\(screen) help: \(name) under \(key(name))", file: file, line: line)
        }
        XCTAssertEqual(
            help.footer, "\(key("move-down"))/\(key("move-up")) scroll · any other key closes", "\(screen)", file: file, line: line)
        XCTAssertTrue(
            help.lines.contains { $0.contains("Mark this place: \(key("mark")) then a letter") }, "\(screen): \(help.lines)", file: file,
            line: line)
        XCTAssertTrue(
            help.lines.contains { $0.contains("Go to a mark: \(key("jump-to-mark")) then its letter") }, "\(screen): \(help.lines)",
            file: file, line: line)
        press(&state, "move-down")
        XCTAssertNotNil(state.helpOffset, "\(screen): the new move-down key scrolls the help", file: file, line: line)
    }

    private func applies(_ name: String, to screen: ScreenKind) -> Bool {
        ActionTable.standard.specs.first { $0.name == name }?.applies(to: screen) ?? false
    }

    /// Presses a key no action has and checks the message names the new help key.
    private func checkUnboundKeyMessage(_ state: AppState, file: StaticString = #filePath, line: UInt = #line) {
        var state = state
        _ = reducer.reduce(&state, .key(.char("x")))
        XCTAssertEqual(
            state.message?.text, "x does nothing here; \(key("help")) lists the keys", "\(state.screenKind)", file: file, line: line)
        let status = statusRow(state)
        XCTAssertTrue(status.hasPrefix("x does nothing here"), status, file: file, line: line)
        assertNoOldKey(status, "\(state.screenKind) message", file: file, line: line)
    }

    // MARK: Tests

    func testTheConfigRebindsEveryActionToKeysNoDefaultUses() {
        XCTAssertEqual(Self.config.problems, [])
        XCTAssertEqual(Self.bindable.count, Self.newKey.count, "more actions than new keys")
        XCTAssertTrue(Set(Self.newKey.values).isDisjoint(with: Self.oldKeys))
        for spec in Self.config.actions.specs where Self.bindable.contains(spec.name) {
            XCTAssertEqual(spec.keys.map(\.description), [key(spec.name)], spec.name)
        }
        XCTAssertTrue(Self.bindable.contains("help") && Self.bindable.contains("back") && Self.bindable.contains("clear"))
    }

    func testMeetingsListNamesOnlyTheNewKeys() {
        var state = Fixtures.loadedState()
        let footer = statusRow(state)
        XCTAssertTrue(
            footer.hasPrefix(
                "\(key("open")) open · \(key("filter")) filter · \(key("command")) command · \(key("help")) help · \(key("back")) quit"),
            footer)
        assertNoOldKey(footer, "meetings footer")
        checkHelp(state)
        checkUnboundKeyMessage(state)

        // A filter that hides every meeting: while typing, the prompt's own Esc (fixed, as in
        // readline) restores the list; once the filter is kept, the new `clear` key does.
        press(&state, "filter")
        _ = reducer.type(&state, "zzqq")
        guard case .meetings(let screen) = state.screen else { return XCTFail("not on the meetings list") }
        _ = reducer.reduce(&state, .timer(.applyFilter(generation: screen.filterGeneration)))
        XCTAssertTrue(renderer.render(state).grid.text.contains("No meeting matches “zzqq”. Esc restores the list."))
        _ = reducer.reduce(&state, .key(KeyEvent(.enter)))
        let text = renderer.render(state).grid.text
        guard let note = text.split(separator: "\n").first(where: { $0.contains("No meeting matches") }) else { return XCTFail(text) }
        XCTAssertEqual(note.trimmingCharacters(in: .whitespaces), "No meeting matches “zzqq”. \(key("clear")) restores the list.")
        assertNoOldKey(String(note), "meetings filter note")
        press(&state, "clear")
        XCTAssertEqual(state.message?.text, "Filter cleared", "the key the note names clears the filter")
    }

    func testMeetingScreenNamesOnlyTheNewKeys() {
        var state = LinkedFixtures.meetingState()
        let footer = statusRow(state)
        XCTAssertTrue(
            footer.hasPrefix(
                "\(key("next-link")) links · \(key("search")) search · \(key("next-match")) \(key("previous-match")) matches · \(key("back")) back · \(key("help")) help"
            ), footer)
        assertNoOldKey(footer, "meeting footer")
        checkHelp(state)
        checkUnboundKeyMessage(state)

        // Actions that cannot run say which key would help.
        press(&state, "next-match")
        XCTAssertEqual(state.message?.text, "No search yet: \(key("search")) searches forward, \(key("search-backward")) backward")
        assertNoOldKey(statusRow(state), "meeting message")
        press(&state, "open")
        XCTAssertEqual(state.message?.text, "\(key("next-link")) moves to the links of this meeting")
        assertNoOldKey(statusRow(state), "meeting message")
        press(&state, "next-link")
        XCTAssertNotNil(meetingScreen(state)?.focusedLink, "the key the message names moves to a link")

        // A meeting that cannot be read says how to go back.
        var failed = MeetingScreen(summary: InMemoryMeetingSource(meetings: LinkedFixtures.meetings).catalog().summaries[0], request: 99)
        failed.document = .failed("gone")
        state.stack.append(.meeting(failed))
        state.message = nil
        XCTAssertEqual(statusRow(state), "\(key("back")) goes back")
    }

    private func meetingScreen(_ state: AppState) -> MeetingScreen? {
        if case .meeting(let screen) = state.screen { return screen }
        return nil
    }

    func testLinkedScreensNameOnlyTheNewKeys() {
        let from = LinkedFixtures.meetingState()
        var screens: [AppState] = []
        for target in [
            LinkTarget.speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id), .resolution(symbol: "S/RES/822 (1993)"),
            .country(code: "AZE"),
        ] {
            var state = from
            run(reducer.follow(target, &state), &state)
            screens.append(state)
        }
        var timeline = from
        run(press(&timeline, "timeline"), &timeline)
        var comparison = from
        run(press(&comparison, "compare"), &comparison)
        screens += [timeline, comparison]
        XCTAssertEqual(screens.map(\.screenKind), [.speaker, .resolution, .country, .timeline, .comparison])

        for var state in screens {
            let kind = state.screenKind
            let footer = statusRow(state)
            XCTAssertTrue(
                footer.hasPrefix(
                    "\(key("open")) open · \(key("filter")) filter · \(key("search-store")) search · \(key("history-back")) \(key("history-forward")) history · \(key("back")) back · \(key("help")) help"
                ),
                "\(kind): \(footer)")
            assertNoOldKey(footer, "\(kind) footer")
            checkHelp(state)
            checkUnboundKeyMessage(state)

            // A filter that hides every item names the new `clear` key.
            press(&state, "filter")
            _ = reducer.type(&state, "zzqq")
            _ = reducer.reduce(&state, .key(KeyEvent(.enter)))
            let text = renderer.render(state).grid.text
            guard let note = text.split(separator: "\n").first(where: { $0.contains("Nothing matches") }) else {
                XCTFail("\(kind): \(text)"); continue
            }
            XCTAssertEqual(
                note.trimmingCharacters(in: .whitespaces), "Nothing matches “zzqq”. \(key("clear")) shows every item.", "\(kind)")
            assertNoOldKey(String(note), "\(kind) filter note")

            // A screen that cannot be built says how to go back.
            var failed = EntityScreen(target: .country(code: "AZE"), request: 99)
            failed.page = .failed("gone")
            state.stack.append(.entity(failed))
            state.message = nil
            XCTAssertEqual(statusRow(state), "\(key("back")) goes back", "\(kind)")
        }
    }

    func testSearchScreenNamesOnlyTheNewKeys() {
        var state = LinkedFixtures.meetingState()
        press(&state, "search-store")
        XCTAssertEqual(state.screenKind, .search, "the new search-store key opens the search")
        let effects = reducer.type(&state, "ceasefire")
        guard case .search(_, let generation)? = effects.last else { return XCTFail("\(effects)") }
        _ = reducer.reduce(&state, .searchLoaded(generation: generation, .success(LinkedFixtures.searchOutcome)))
        _ = reducer.reduce(&state, .key(KeyEvent(.enter)))
        let footer = statusRow(state)
        XCTAssertTrue(
            footer.hasPrefix(
                "\(key("open")) open · \(key("search-store")) edit query · \(key("history-back")) \(key("history-forward")) history · \(key("back")) back · \(key("help")) help"
            ), footer)
        assertNoOldKey(footer, "search footer")
        checkHelp(state)
        checkUnboundKeyMessage(state)

        // No result: the message names the key that edits the query.
        press(&state, "search-store")
        let next = reducer.type(&state, "zzqq")
        guard case .search(_, let empty)? = next.last else { return XCTFail("\(next)") }
        _ = reducer.reduce(&state, .searchLoaded(generation: empty, .success(SearchOutcome(results: []))))
        _ = reducer.reduce(&state, .key(KeyEvent(.enter)))
        press(&state, "open")
        XCTAssertEqual(state.message?.text, "No result to open; \(key("search-store")) edits the query")
        assertNoOldKey(statusRow(state), "search message")
    }

    /// With an action unbound, its footer entry drops out and a message names `:name`.
    func testUnboundActionsLeaveTheFooterAndMessagesNameTheCommand() {
        let config = BrowserConfig.parse(
            """
            [keys]
            help = []
            back = []
            next-link = []
            search = []
            clear = []
            search-store = []
            """)
        XCTAssertEqual(config.problems, [])
        let reducer = Reducer(actions: config.actions)
        let renderer = Renderer(actions: config.actions)
        func status(_ state: AppState) -> String {
            let grid = renderer.render(state).grid
            return grid.text(row: grid.height - 1).trimmingCharacters(in: .whitespaces)
        }

        var list = Fixtures.loadedState()
        XCTAssertTrue(status(list).hasPrefix("Enter open · f filter · : command"), status(list))
        XCTAssertFalse(status(list).contains("help") || status(list).contains("quit"), status(list))
        _ = reducer.reduce(&list, .key(.char("x")))
        XCTAssertEqual(list.message?.text, "x does nothing here; :help lists the keys")

        var meeting = LinkedFixtures.meetingState()
        XCTAssertTrue(status(meeting).hasPrefix("n N matches "), status(meeting))
        XCTAssertFalse(["links", "search", "back", "help"].contains { status(meeting).contains($0) }, status(meeting))
        _ = reducer.reduce(&meeting, .key(.char("n")))
        XCTAssertEqual(meeting.message?.text, "No search yet: :search searches forward, ? backward")
        _ = reducer.reduce(&meeting, .key(KeyEvent(.enter)))
        XCTAssertEqual(meeting.message?.text, ":next-link moves to the links of this meeting")
        var failed = MeetingScreen(summary: InMemoryMeetingSource(meetings: LinkedFixtures.meetings).catalog().summaries[0], request: 99)
        failed.document = .failed("gone")
        meeting.stack.append(.meeting(failed))
        meeting.message = nil
        XCTAssertEqual(status(meeting), ":back goes back")

        var speaker = LinkedFixtures.state(
            .speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id), size: Size(width: 80, height: 24))
        XCTAssertTrue(status(speaker).hasPrefix("Enter open · f filter · [ ] history"), status(speaker))
        _ = reducer.reduce(&speaker, .key(.char("f")))
        for c in "zzqq" { _ = reducer.reduce(&speaker, .key(.char(c))) }
        _ = reducer.reduce(&speaker, .key(KeyEvent(.enter)))
        XCTAssertTrue(renderer.render(speaker).grid.text.contains("Nothing matches “zzqq”. :clear shows every item."))

        var search = LinkedFixtures.meetingState()
        _ = reducer.reduce(&search, .action(.openSearch))
        _ = reducer.reduce(&search, .key(KeyEvent(.enter)))
        _ = reducer.reduce(&search, .key(KeyEvent(.enter)))
        XCTAssertEqual(search.message?.text, "No result to open; :search-store edits the query")
    }

    func testDefaultKeyNames() {
        let table = ActionTable.standard
        XCTAssertEqual(table.keyName(for: .open, on: .meetings), "Enter")
        XCTAssertEqual(table.keyName(for: .help, on: .meetings), "?")
        XCTAssertEqual(table.keyName(for: .help, on: .meeting), "F1", "? searches backward on a meeting")
        XCTAssertEqual(table.keyNames(for: .help, on: .speaker), ["?", "F1"])
        XCTAssertEqual(table.keyName(for: .openSearch, on: .meeting), "s", "/ searches within the meeting there")
        XCTAssertNil(table.keyName(for: .nextLink, on: .meetings), "next-link does not apply to the list")
        XCTAssertNil(table.keyName(for: .goto(3), on: .meeting), "goto takes an argument")
        XCTAssertEqual(table.keyOrCommand(for: .suspend, on: .meetings), "C-z")
    }
}
