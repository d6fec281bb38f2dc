import PlenaryModel
@testable import PlenaryBrowser
@testable import PlenaryBrowserCore
import PlenaryBrowserTestSupport
import TerminalUI
import XCTest

final class ReducerTests: XCTestCase {
    let reducer = Reducer()
    let renderer = Renderer()

    private func meetings(_ state: AppState) -> MeetingsScreen {
        guard case .meetings(let screen) = state.screen else { XCTFail("not on the meetings list"); return MeetingsScreen() }
        return screen
    }

    private func meeting(_ state: AppState) -> MeetingScreen? {
        guard case .meeting(let screen) = state.screen else { return nil }
        return screen
    }

    /// The selected meeting's id, read from the catalogue the state holds.
    private func selectedID(_ state: AppState) -> String? {
        guard let catalog = state.catalog.value, let index = meetings(state).selectedIndex else { return nil }
        return catalog.summaries[index].id
    }

    func testStartLoadsTheCatalogAndKeysWaitPolitely() {
        var state = AppState(size: Size(width: 80, height: 24), sourceName: "s")
        XCTAssertEqual(reducer.reduce(&state, .started), [.loadCatalog])
        XCTAssertTrue(renderer.render(state).grid.text.contains("Loading meetings from s…"))
        XCTAssertEqual(reducer.press(&state, KeyEvent(.down)), [])
        XCTAssertEqual(state.message?.text, "Still loading the meetings…")
        _ = reducer.reduce(&state, .loading(elapsedMilliseconds: 1450))
        state.message = nil
        XCTAssertTrue(renderer.render(state).grid.text.contains("Loading meetings from s… 1.4 s"))
        XCTAssertEqual(reducer.press(&state, .char("q")), [.quit], "q quits even while loading")
    }

    func testNavigationSkipsYearHeadingsAndStopsAtTheEnds() {
        var state = Fixtures.loadedState()
        XCTAssertEqual(selectedID(state), "2020-01-10-unsc-multilingual", "newest first, heading skipped")
        _ = reducer.press(&state, KeyEvent(.down))
        XCTAssertEqual(selectedID(state), "2017-09-19-oic-contact-group-armenia-azerbaijan")
        _ = reducer.press(&state, .char("j"), .char("j"))
        XCTAssertEqual(selectedID(state), "2016-03-15-gcc-ministerial")
        _ = reducer.press(&state, .char("G"))
        XCTAssertEqual(selectedID(state), "2015-11-20-osce-permanent-council")
        _ = reducer.press(&state, .char("j"))
        XCTAssertEqual(selectedID(state), "2015-11-20-osce-permanent-council")
        _ = reducer.press(&state, .char("g"))
        XCTAssertEqual(selectedID(state), "2020-01-10-unsc-multilingual")
        XCTAssertEqual(meetings(state).viewport.offset, 0, "the year heading above stays visible")
        _ = reducer.press(&state, .char("k"))
        XCTAssertEqual(selectedID(state), "2020-01-10-unsc-multilingual")
        _ = reducer.press(&state, .char(":"))
        reducer.type(&state, "goto 4")
        _ = reducer.press(&state, KeyEvent(.enter))
        XCTAssertEqual(selectedID(state), "2016-03-15-gcc-ministerial")
    }

    func testEnterOpensAndBackReturnsToTheSameSelection() {
        var state = Fixtures.loadedState()
        _ = reducer.press(&state, .char("j"))
        let before = meetings(state).viewport
        let effects = reducer.press(&state, KeyEvent(.enter))
        guard case .loadMeeting(let id, let request)? = effects.first else { return XCTFail("no load: \(effects)") }
        XCTAssertEqual(id, "2017-09-19-oic-contact-group-armenia-azerbaijan")
        XCTAssertEqual(meeting(state)?.document, .loading)
        XCTAssertTrue(renderer.render(state).grid.text.contains("CONTACT GROUP MEETING"), "title shown while loading")
        _ = reducer.reduce(&state, .meetingLoaded(request: request, .success(Fixtures.contactGroup)))
        XCTAssertNotNil(meeting(state)?.document.value)
        for back in [KeyEvent.char("q"), .char("h"), KeyEvent(.backspace), KeyEvent(.left)] {
            _ = reducer.press(&state, back)
            XCTAssertEqual(meetings(state).viewport, before)
            _ = reducer.press(&state, KeyEvent(.enter))
        }
        _ = reducer.press(&state, .char("q"))
        XCTAssertEqual(reducer.press(&state, .char("q")), [.quit], "q on the first screen quits")
        XCTAssertTrue(state.shouldQuit)
    }

    func testAVerifiedCatalogueAfterTheCachedOneKeepsTheSelectedMeeting() {
        // The cached list first, then the verified list with a meeting added behind its back.
        var state = Fixtures.loadedState()
        _ = reducer.press(&state, .char("j"))
        _ = reducer.press(&state, .char("j"))
        let selected = selectedID(state)
        var newer = Fixtures.all
        newer.append(
            Meeting(
                id: "2030-01-01-new", title: "A newer meeting", date: "2030-01-01", organization: "UN",
                paragraphs: [Paragraph(index: 1, number: "1", text: "New.")]))
        _ = reducer.reduce(&state, .catalogLoaded(InMemoryMeetingSource(meetings: newer).catalog()))
        XCTAssertEqual(selectedID(state), selected)
        XCTAssertEqual(meetings(state).listed, newer.count)
    }

    func testALateLoadForAnAbandonedScreenIsIgnored() {
        var state = Fixtures.loadedState()
        let effects = reducer.press(&state, KeyEvent(.enter))
        guard case .loadMeeting(_, let request)? = effects.first else { return XCTFail() }
        _ = reducer.press(&state, .char("q"))
        _ = reducer.reduce(&state, .meetingLoaded(request: request, .success(Fixtures.multilingual)))
        XCTAssertEqual(state.stack.count, 1)
        let failing = reducer.press(&state, KeyEvent(.enter))
        guard case .loadMeeting(_, let second)? = failing.first else { return XCTFail() }
        _ = reducer.reduce(
            &state, .meetingLoaded(request: second, .failure(LoadFailure(message: "meetings/2020/x.json: bad JSON at line 3"))))
        // No dead end: the list stays, the status line says why.
        XCTAssertEqual(state.stack.count, 1)
        XCTAssertEqual(state.message?.isError, true)
        XCTAssertTrue(renderer.render(state).grid.text(row: state.size.height - 1).contains("bad JSON at line 3"))
    }

    func testFilterIsDebouncedAndEscRestoresTheListAndPosition() {
        var state = Fixtures.loadedState()
        _ = reducer.press(&state, .char("j"), .char("j"))
        let before = meetings(state)
        _ = reducer.press(&state, .char("f"))
        var effects: [Effect] = []
        for c in "osce" { effects = reducer.reduce(&state, .key(.char(c))) }
        XCTAssertEqual(effects, [.startTimer(.applyFilter(generation: 4), milliseconds: 60)])
        XCTAssertEqual(meetings(state).listed, 5, "nothing applied before the timer")
        _ = reducer.reduce(&state, .timer(.applyFilter(generation: 3)))
        XCTAssertEqual(meetings(state).listed, 5, "a stale timer does nothing")
        _ = reducer.reduce(&state, .timer(.applyFilter(generation: 4)))
        XCTAssertEqual(meetings(state).listed, 1)
        XCTAssertEqual(selectedID(state), "2015-11-20-osce-permanent-council")
        _ = reducer.press(&state, KeyEvent(.escape))
        XCTAssertEqual(meetings(state).listed, 5)
        XCTAssertEqual(meetings(state).viewport, before.viewport)
        XCTAssertEqual(state.input, .normal)

        // Enter keeps the filter; diacritics and case do not matter; Esc then clears it.
        _ = reducer.press(&state, .char("f"))
        reducer.type(&state, "COMMUNIQUE darfur")
        _ = reducer.press(&state, KeyEvent(.enter))
        XCTAssertEqual(meetings(state).filter, "COMMUNIQUE darfur")
        XCTAssertEqual(meetings(state).listed, 1)
        XCTAssertEqual(selectedID(state), "2016-05-01-au-peace-council")
        _ = reducer.press(&state, KeyEvent(.escape))
        XCTAssertEqual(meetings(state).listed, 5)
        XCTAssertEqual(selectedID(state), "2016-05-01-au-peace-council", "the selection survives clearing the filter")

        _ = reducer.press(&state, .char("f"))
        reducer.type(&state, "zzzz")
        _ = reducer.press(&state, KeyEvent(.enter))
        XCTAssertTrue(renderer.render(state).grid.text.contains("No meeting matches “zzzz”"))
    }

    func testInMeetingSearchCountsAndCyclesMatches() {
        var state = Fixtures.meetingState(Fixtures.contactGroup)
        _ = reducer.press(&state, .char("/"))
        reducer.type(&state, "ceasefire")
        XCTAssertEqual(meeting(state)?.search?.counter, "1/2", "incremental: matches while typing")
        _ = reducer.press(&state, KeyEvent(.enter))
        XCTAssertEqual(state.input, .normal)
        let grid = renderer.render(state).grid
        XCTAssertTrue(grid.text(row: grid.height - 1).contains("1/2"))
        _ = reducer.press(&state, .char("n"))
        XCTAssertEqual(meeting(state)?.search?.counter, "2/2")
        _ = reducer.press(&state, .char("n"))
        XCTAssertEqual(meeting(state)?.search?.counter, "1/2")
        XCTAssertEqual(state.message?.text, "Search wrapped to the top")
        _ = reducer.press(&state, .char("N"))
        XCTAssertEqual(meeting(state)?.search?.counter, "2/2")

        // Backward search with ?, and every match highlighted.
        _ = reducer.press(&state, .char("?"))
        reducer.type(&state, "republic")
        _ = reducer.press(&state, KeyEvent(.enter))
        let search = meeting(state)?.search
        XCTAssertEqual(search?.backward, true)
        XCTAssertEqual(search?.matches.count, 9, "title 2, body 2, delegations 1, paragraphs 4")
        let mask = renderer.render(state).grid.attributeMask
        XCTAssertTrue(mask.contains("MMMMMMMM"), "current match")
        XCTAssertTrue(mask.contains("mmmmmmmm"), "other matches")

        // Esc while typing restores the previous search.
        _ = reducer.press(&state, .char("/"))
        reducer.type(&state, "zzz")
        XCTAssertEqual(meeting(state)?.search?.counter, "no match")
        _ = reducer.press(&state, KeyEvent(.escape))
        XCTAssertEqual(meeting(state)?.search?.query, "republic")
        _ = reducer.press(&state, KeyEvent(.escape))
        XCTAssertNil(meeting(state)?.search, "Esc clears the search")
    }

    func testTabMovesAmongLinksInReadingOrder() {
        var state = Fixtures.meetingState(Fixtures.contactGroup, size: Size(width: 40, height: 12))
        _ = reducer.press(&state, .char(":"))
        reducer.type(&state, "3")
        _ = reducer.press(&state, KeyEvent(.enter))
        var seen: [String] = []
        for _ in 0..<7 {
            _ = reducer.press(&state, KeyEvent(.tab))
            seen.append(state.message?.text ?? "")
        }
        XCTAssertEqual(
            seen,
            [
                "Speaker Mammadyarov", "Country AZE", "S/RES/822 (1993), cited “recalling”",
                "S/RES/853 (1993), cited “recalling”", "S/RES/874 (1993), cited “recalling”",
                "S/RES/884 (1993), cited “recalling”", "Country DJI (from the top)",
            ], "from the top of the view")
        XCTAssertTrue(renderer.render(state).grid.attributeMask.contains("FFFFFFFF"), "focused link drawn as such")
        _ = reducer.press(&state, KeyEvent(.backTab))
        XCTAssertEqual(state.message?.text, "S/RES/884 (1993), cited “recalling” (from the bottom)")
        _ = reducer.press(&state, KeyEvent(.backTab))
        XCTAssertEqual(state.message?.text, "S/RES/874 (1993), cited “recalling”")
        let grid = renderer.render(state).grid
        XCTAssertTrue(grid.text.contains("874 (1993)"), "the focused link is scrolled into view")
        // Enter follows the focused link to the resolution's screen.
        let effects = reducer.press(&state, KeyEvent(.enter))
        XCTAssertEqual(state.screenKind, .resolution)
        guard case .loadPage(.resolution("S/RES/874 (1993)"), _)? = effects.first else { return XCTFail("\(effects)") }
    }

    func testGotoAndCommandErrors() {
        var state = Fixtures.meetingState(Fixtures.contactGroup, size: Size(width: 40, height: 12))
        _ = reducer.press(&state, .char(":"))
        reducer.type(&state, "goto 4")
        _ = reducer.press(&state, KeyEvent(.enter))
        let grid = renderer.render(state).grid
        XCTAssertTrue(grid.text(row: 1).contains("4  The meeting condemned") || grid.text.contains("▌4  The meeting condemned"), grid.text)
        XCTAssertEqual(meeting(state)?.cursor, 5, "the cursor on paragraph 4 (the fifth block)")
        _ = reducer.press(&state, .char(":"))
        reducer.type(&state, "goto 99")
        _ = reducer.press(&state, KeyEvent(.enter))
        XCTAssertEqual(state.message, StatusMessage("No paragraph 99 in this meeting", isError: true))
        _ = reducer.press(&state, .char(":"))
        reducer.type(&state, "frobnicate")
        _ = reducer.press(&state, KeyEvent(.enter))
        XCTAssertEqual(state.message?.text, "unknown command \"frobnicate\"; :help lists them")
        _ = reducer.press(&state, .char(":"))
        reducer.type(&state, "filter")
        _ = reducer.press(&state, KeyEvent(.enter))
        XCTAssertEqual(state.message?.text, ":filter does nothing on this screen")
        _ = reducer.press(&state, .char(":"))
        reducer.type(&state, "next-match")
        _ = reducer.press(&state, KeyEvent(.enter))
        XCTAssertEqual(state.message?.text, "No search yet: / searches forward, ? backward")
        _ = reducer.press(&state, .char(":"))
        _ = reducer.press(&state, KeyEvent(.up))
        _ = reducer.press(&state, KeyEvent(.up))
        XCTAssertEqual(
            state.input,
            .prompt(
                .command,
                {
                    var p = Prompt(prefix: ":", history: ["goto 4", "goto 99", "frobnicate", "filter", "next-match"])
                    _ = p.handle(KeyEvent(.up)); _ = p.handle(KeyEvent(.up)); return p
                }()))
        _ = reducer.press(&state, KeyEvent(.escape))
        _ = reducer.press(&state, .char(":"))
        reducer.type(&state, "quit")
        XCTAssertEqual(reducer.press(&state, KeyEvent(.enter)), [.quit])
    }

    func testResizeKeepsThePositionAndTooSmallShowsTheNotice() {
        var state = Fixtures.meetingState(Fixtures.contactGroup, size: Size(width: 40, height: 12))
        _ = reducer.reduce(&state, .action(.goto(3)))
        _ = reducer.press(&state, .char("j"), .char("j"))
        let narrow = renderer.render(state).grid.text
        _ = reducer.reduce(&state, .resized(Size(width: 80, height: 24)))
        XCTAssertTrue(renderer.render(state).grid.text.contains("Recalling the four resolutions"))
        _ = reducer.reduce(&state, .resized(Size(width: 20, height: 5)))
        XCTAssertTrue(renderer.render(state).grid.text.contains("Terminal too"))
        XCTAssertEqual(reducer.press(&state, .char("j")), [], "keys other than q wait on the notice")
        _ = reducer.reduce(&state, .resized(Size(width: 40, height: 12)))
        XCTAssertEqual(renderer.render(state).grid.text, narrow, "back to the same view")
    }

    func testHelpOverlayComesFromTheActionTable() {
        var state = Fixtures.meetingState(Fixtures.contactGroup)
        _ = reducer.press(&state, KeyEvent(.function(1)))
        let text = renderer.render(state).grid.text
        let names = ActionTable.standard.helpEntries(for: .meeting).map(\.name)
        XCTAssertEqual(Set(names), Set(ActionTable.standard.specs.filter { $0.applies(to: .meeting) }.map(\.name)))
        XCTAssertTrue(text.contains("Keys on this screen"))
        XCTAssertTrue(text.contains("Search backward in the meeting"))
        XCTAssertTrue(text.contains("? "), "? is search-backward on the meeting screen")
        _ = reducer.press(&state, .char("x"))
        XCTAssertNil(state.helpOffset)
        XCTAssertNil(meeting(state)?.search, "the closing key does nothing else")
    }

    func testMouseWheelAndClick() {
        var state = Fixtures.loadedState()
        _ = reducer.press(&state, KeyEvent(.mouse(MouseEvent(.wheelDown, at: Position(x: 5, y: 5)))))
        XCTAssertEqual(selectedID(state), "2016-03-15-gcc-ministerial")
        _ = reducer.press(&state, KeyEvent(.mouse(MouseEvent(.click, at: Position(x: 5, y: 5)))))
        XCTAssertEqual(selectedID(state), "2017-09-19-oic-contact-group-armenia-azerbaijan")
        let effects = reducer.press(&state, KeyEvent(.mouse(MouseEvent(.click, at: Position(x: 5, y: 5)))))
        XCTAssertEqual(effects.count, 1, "a click on the selected row opens it")
    }
}

/// `t` follows the meeting's series: the agenda item for a Security Council record.
final class SeriesTests: XCTestCase {
    func testCouncilRecordsFollowTheirAgendaItem() {
        XCTAssertEqual(
            Reducer.series(symbol: "S/PV.8758", organization: "UN", body: "Security Council", title: "The situation in Libya"),
            .agenda(body: "Security Council", item: "The situation in Libya"))
        XCTAssertEqual(
            Reducer.series(symbol: nil, organization: "OIC", body: "OIC Contact Group", title: "Meeting"),
            .timeline(organization: "OIC", body: "OIC Contact Group"))
        XCTAssertEqual(LinkTarget.agenda(body: "Security Council", item: "The situation in Libya").kind, .timeline)
    }
}
