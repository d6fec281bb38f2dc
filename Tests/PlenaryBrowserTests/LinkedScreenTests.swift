import PlenaryModel
@testable import PlenaryBrowser
@testable import PlenaryBrowserCore
import PlenarySearch
import PlenaryBrowserTestSupport
import TerminalUI
import XCTest

/// The speaker, resolution, country, timeline and search screens at 80x24 and 40x12, and
/// the reducer's history and search behaviour.
final class LinkedScreenTests: XCTestCase {
    let reducer = Reducer()
    let renderer = Renderer()
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    private func entity(_ state: AppState) -> EntityScreen? {
        if case .entity(let screen) = state.screen { return screen }
        return nil
    }

    // MARK: Goldens

    func testSpeakerScreen() {
        for size in Self.sizes {
            let state = LinkedFixtures.state(.speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id), size: size)
            Golden.check(renderer.render(state).grid, "speaker-\(size)")
        }
    }

    func testResolutionScreen() {
        for size in Self.sizes {
            let state = LinkedFixtures.state(.resolution(symbol: "S/RES/822 (1993)"), size: size)
            Golden.check(renderer.render(state).grid, "resolution-\(size)")
        }
        // Without a catalogue the screen says so and still lists the citations.
        var state = LinkedFixtures.meetingState()
        LinkedFixtures.run(
            reducer.follow(.resolution(symbol: "S/RES/822 (1993)"), &state), &state,
            linked: .memory(LinkedFixtures.meetings))
        let text = renderer.render(state).grid.text
        XCTAssertTrue(text.contains("No catalogue imported"), text)
        XCTAssertTrue(text.contains("Cited in 2 paragraphs of 2 meetings"), text)
    }

    /// With the resolution's text in the store, the screen shows its preamble and numbered
    /// operative paragraphs (sub-items inline) before the citing paragraphs.
    func testResolutionScreenShowsKeptText() {
        let text = ResolutionDocument(
            symbol: "S/RES/822 (1993)", title: "Armenia–Azerbaijan", adoptedBy: "Security Council",
            date: "1993-04-30", preamble: [.init(number: nil, text: "Recalling the statements of its President,")],
            operative: [
                .init(
                    number: "1", text: "Demands the immediate cessation of hostilities;",
                    items: [.init(label: "a", text: "withdrawal of forces;")]),
                .init(number: "2", text: "Decides to remain seized."),
            ],
            source: .init(file: "s-res-822.txt", sha256: "", importedAt: "", extractor: "test"))
        var state = LinkedFixtures.meetingState(size: Size(width: 80, height: 40))
        LinkedFixtures.run(
            reducer.follow(.resolution(symbol: "S/RES/822 (1993)"), &state), &state,
            linked: .memory(LinkedFixtures.meetings, texts: [text]))
        let screen = renderer.render(state).grid.text
        XCTAssertTrue(screen.contains("Text: 1 preambular paragraph, 2 operative paragraphs"), screen)
        XCTAssertTrue(screen.contains("Recalling the statements of its President,"), screen)
        XCTAssertTrue(screen.contains("¶1  Operative paragraph"), screen)
        XCTAssertTrue(screen.contains("Demands the immediate cessation of hostilities; (a) withdrawal of forces;"), screen)
        XCTAssertTrue(screen.contains("Cited in 2 paragraphs of 2 meetings"), screen)
        // The text comes first, the citing paragraphs after it.
        guard case .loaded(let page)? = entity(state)?.page else { return XCTFail("the page did not load") }
        let items = page.items
        XCTAssertEqual(items.prefix(3).map(\.heading), ["Preamble", "Operative paragraph", "Operative paragraph"])
        // Then the two citing meetings (issue 15), then their two paragraphs.
        XCTAssertEqual(items.count, 7)
        XCTAssertTrue(items[3].text.hasPrefix("Cites it in ¶"), items[3].text)
    }

    func testCountryScreen() {
        for size in Self.sizes {
            let state = LinkedFixtures.state(.country(code: "AZE"), size: size)
            Golden.check(renderer.render(state).grid, "country-\(size)")
        }
        // With the index's answer for country:AZE: the meetings concerning it join the list in date order.
        var state = LinkedFixtures.meetingState()
        let effects = reducer.follow(.country(code: "AZE"), &state)
        guard case .loadPage(_, let request)? = effects.first else { return XCTFail() }
        let concerning = [LinkedFixtures.contactGroup, LinkedFixtures.earlier].map {
            CountryPage.Concerning(summary: MeetingSummary($0), paragraphs: $0.paragraphs.count, first: 1)
        }
        let page = CountryPage.build(code: "AZE", registry: LinkedFixtures.linked.registry, concerning: concerning)
        _ = reducer.reduce(&state, .pageLoaded(request: request, .success(page)))
        Golden.check(renderer.render(state).grid, "country-concerning-80x24")
        XCTAssertEqual(page.items.map(\.date), ["2015-09-28", "2015-09-28", "2017-09-19", "2017-09-19"])
        XCTAssertEqual(page.items.first?.open, .meeting(id: LinkedFixtures.earlier.id, paragraph: 1, highlights: []))
    }

    func testTimelineScreen() {
        for size in Self.sizes + [Size(width: 160, height: 48)] {
            var state = LinkedFixtures.meetingState(size: size)
            LinkedFixtures.run(reducer.press(&state, .char("t")), &state)
            XCTAssertEqual(state.screenKind, .timeline)
            Golden.check(renderer.render(state).grid, "timeline-\(size)")
        }
        var ascii = LinkedFixtures.meetingState()
        ascii.unicodeBars = false
        LinkedFixtures.run(reducer.press(&ascii, .char("t")), &ascii)
        let text = renderer.render(ascii).grid.text
        XCTAssertFalse(text.contains("█"), "monochrome draws ASCII bars")
        XCTAssertTrue(text.contains("#"), text)
    }

    func testComparisonScreen() {
        for size in Self.sizes {
            var state = LinkedFixtures.meetingState(size: size)
            LinkedFixtures.run(reducer.press(&state, .char("c")), &state)
            XCTAssertEqual(state.screenKind, .comparison)
            Golden.check(renderer.render(state).grid, "comparison-\(size)")
        }
        // The earliest meeting of its body has nothing to be compared with: said in the status
        // line, and the screen the user was on stays.
        let first = LinkedFixtures.state(.comparison(meeting: LinkedFixtures.earlier.id), size: Size(width: 80, height: 24))
        XCTAssertEqual(first.screenKind, .meeting)
        XCTAssertEqual(first.stack.count, 2)
        XCTAssertTrue(first.message?.text.hasPrefix("no earlier meeting of") == true, first.message?.text ?? "")
        // Enter on a dropped paragraph opens it in the earlier meeting.
        var state = LinkedFixtures.meetingState()
        LinkedFixtures.run(reducer.press(&state, .char("c")), &state)
        guard case .entity(let screen) = state.screen, case .loaded(let page) = screen.page else { return XCTFail("not loaded") }
        let dropped = page.items.firstIndex { $0.detail == "dropped" }!
        XCTAssertEqual(page.items[dropped].open, .meeting(id: LinkedFixtures.earlier.id, paragraph: 1, highlights: []))

        // From a timeline, `c` compares the meeting on the selected row with the one before it.
        var timeline = LinkedFixtures.meetingState()
        LinkedFixtures.run(reducer.press(&timeline, .char("t")), &timeline)
        guard case .entity(let axis) = timeline.screen, case .loaded(let entries) = axis.page,
            let row = entries.items.firstIndex(where: {
                $0.open == .meeting(id: LinkedFixtures.contactGroup.id, paragraph: nil, highlights: [])
            })
        else { return XCTFail("no meeting row on the timeline") }
        _ = reducer.reduce(&timeline, .action(.goto(axis.listed.firstIndex(of: row)! + 1)))
        let effects = reducer.press(&timeline, .char("c"))
        guard case .loadPage(.comparison(let id), _)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(id, LinkedFixtures.contactGroup.id)
    }

    func testSearchScreen() {
        for size in Self.sizes {
            var state = LinkedFixtures.meetingState(size: size)
            _ = reducer.press(&state, .char("s"))
            let effects = reducer.type(&state, "ceasefire")
            guard case .search(_, let generation)? = effects.last else { return XCTFail("\(effects)") }
            _ = reducer.reduce(&state, .searchLoaded(generation: generation, .success(LinkedFixtures.searchOutcome)))
            _ = reducer.reduce(
                &state, .searchFacets(generation: generation, FacetCounts(total: 2, years: [2017: 1, 2015: 1], organizations: ["OIC": 2])))
            Golden.check(renderer.render(state).grid, "search-typing-\(size)")
            _ = reducer.press(&state, KeyEvent(.enter), KeyEvent(.down))
            Golden.check(renderer.render(state).grid, "search-\(size)")
        }
    }

    // MARK: Following links

    func testLinksOfTheMeetingOpenTheirScreens() {
        var state = LinkedFixtures.meetingState()
        var seen: [ScreenKind] = []
        for _ in 0..<12 {
            _ = reducer.press(&state, KeyEvent(.tab))
            guard let text = state.message?.text else { continue }
            if text.hasPrefix("Speaker Mammadyarov") || text.hasPrefix("S/RES/822") || text.hasPrefix("Country AZE") {
                let effects = reducer.press(&state, KeyEvent(.enter))
                LinkedFixtures.run(effects, &state)
                seen.append(state.screenKind)
                guard let screen = entity(state), case .loaded(let page) = screen.page else { return XCTFail("not loaded") }
                XCTAssertFalse(page.items.isEmpty)
                _ = reducer.press(&state, .char("q"))
            }
        }
        XCTAssertEqual(Set(seen), [.speaker, .resolution, .country])
    }

    func testEnterOnAStatementLandsOnItsParagraph() {
        var state = LinkedFixtures.state(
            .speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id), size: Size(width: 40, height: 12))
        // Oldest first: the 2015 statement, then 2017.
        _ = reducer.press(&state, KeyEvent(.down))
        LinkedFixtures.run(reducer.press(&state, KeyEvent(.enter)), &state)
        guard case .meeting(let screen) = state.screen else { return XCTFail("not on a meeting") }
        XCTAssertEqual(screen.id, LinkedFixtures.contactGroup.id)
        let text = renderer.render(state).grid.text
        XCTAssertTrue(text.split(separator: "\n")[1].contains("Mammadyarov"), "paragraph 3's speaker on top:\n\(text)")
    }

    func testCommandsOpenLinkedScreensByName() {
        var state = LinkedFixtures.meetingState()
        func command(_ text: String) -> [Effect] {
            _ = reducer.press(&state, .char(":"))
            _ = reducer.type(&state, text)
            return reducer.press(&state, KeyEvent(.enter))
        }
        XCTAssertEqual(command("resolution 822").first, .loadPage(.resolution(symbol: "S/RES/822"), request: state.nextRequest - 1))
        LinkedFixtures.run([.loadPage(.resolution(symbol: "S/RES/822"), request: state.nextRequest - 1)], &state)
        XCTAssertTrue(renderer.render(state).grid.text.contains("Adopted 1993-04-30"), "the catalogue year found from the number")
        LinkedFixtures.run(command("speaker mammadyarov"), &state)
        XCTAssertEqual(state.screenKind, .speaker)
        guard case .loaded(let page)? = entity(state)?.page else { return XCTFail("a name finds the one person") }
        XCTAssertEqual(page.items.count, 2)
        LinkedFixtures.run(command("country aze"), &state)
        XCTAssertEqual(entity(state)?.target, .country(code: "AZE"))
        // Without a table of names a code still works and a name is refused, saying why.
        let before = state.stack
        XCTAssertEqual(command("country Azerbaijan"), [])
        XCTAssertEqual(state.message?.text.hasPrefix("No country called “Azerbaijan”"), true)
        XCTAssertEqual(state.stack, before, "no screen pushed")
        // With names: a name, an alias or a code.
        state.countries = CountryNames([
            CountryNames.Entry(code: "AZE", name: "Azerbaijan", aliases: ["Republic of Azerbaijan"]),
            CountryNames.Entry(code: "COG", name: "Congo"), CountryNames.Entry(code: "COD", name: "Congo", aliases: ["DR Congo"]),
        ])
        LinkedFixtures.run(command("country the Republic of Azerbaijan"), &state)
        XCTAssertEqual(entity(state)?.target, .country(code: "AZE"))
        XCTAssertEqual(command("country congo"), [])
        XCTAssertEqual(state.message, StatusMessage("“congo” may mean COD or COG: type the code", isError: true))
        // A speaker who cannot be found: the status line says so, no empty screen.
        let kept = state.stack
        LinkedFixtures.run(command("speaker nobody"), &state)
        XCTAssertEqual(state.message?.isError, true)
        XCTAssertEqual(state.stack, kept)
        XCTAssertTrue(renderer.render(state).grid.text(row: state.size.height - 1).contains("no person nobody"))
    }

    func testHostileTextInResultsNeverReachesTheTerminalRaw() {
        var state = LinkedFixtures.meetingState(size: Size(width: 40, height: 12))
        _ = reducer.press(&state, .char("s"))
        guard case .search(_, let generation)? = reducer.type(&state, "escape").last else { return XCTFail() }
        let hostile = Fixtures.multilingual.paragraphs[1].text
        let outcome = SearchOutcome(
            results: [
                SearchResult(
                    meeting: "x\u{1B}[2J", date: "2020-01-10", paragraph: 2, number: "2\u{7}",
                    speakers: ["\u{1B}]0;pwned\u{7}"], snippet: hostile, highlights: [[0, 4], [500, 900]])
            ],
            titles: ["x\u{1B}[2J": "安全理事会 \u{9B}1m title"])
        _ = reducer.reduce(&state, .searchLoaded(generation: generation, .success(outcome)))
        _ = reducer.press(&state, KeyEvent(.enter))
        let text = renderer.render(state).grid.text
        for bad in ["\u{1B}", "\u{7}", "\u{9B}", "\u{0}", "\u{8}", "\u{202E}"] {
            XCTAssertFalse(text.contains(bad), "raw \(bad.unicodeScalars.first!.value) on screen:\n\(text)")
        }
    }

    func testClickSelectsAnItemAndASecondClickOpensIt() {
        var state = LinkedFixtures.state(
            .speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id), size: Size(width: 80, height: 24))
        // The header takes rows 1–5; items of three rows from row 6: the second item starts at row 9.
        let click = KeyEvent(.mouse(MouseEvent(.click, at: Position(x: 10, y: 10))))
        _ = reducer.press(&state, click)
        XCTAssertEqual(entity(state)?.viewport.selection, 1)
        LinkedFixtures.run(reducer.press(&state, click), &state)
        XCTAssertEqual(state.screenKind, .meeting)
    }

    // MARK: History

    func testHistoryRestoresSelectionAndScroll() {
        var state = LinkedFixtures.state(
            .speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id), size: Size(width: 80, height: 24))
        _ = reducer.press(&state, KeyEvent(.down))
        let speaker = entity(state)
        XCTAssertEqual(speaker?.viewport.selection, 1)
        LinkedFixtures.run(reducer.press(&state, KeyEvent(.enter)), &state)
        _ = reducer.press(&state, KeyEvent(.down), KeyEvent(.down))
        guard case .meeting(let meeting) = state.screen else { return XCTFail() }
        // The list, the meeting, the speaker, the meeting again.
        XCTAssertEqual(state.stack.count, 4)

        _ = reducer.press(&state, .char("["))
        XCTAssertEqual(entity(state), speaker, "back to the speaker with its selection")
        _ = reducer.press(&state, KeyEvent(.right, [.alt]))
        XCTAssertEqual(state.screen, .meeting(meeting), "forward to the meeting at the same scroll")
        _ = reducer.press(&state, KeyEvent(.left, [.alt]), .char("["), .char("["))
        XCTAssertEqual(state.stack.count, 1)
        _ = reducer.press(&state, .char("["))
        XCTAssertEqual(state.message?.text, "No earlier screen")
        XCTAssertFalse(state.shouldQuit, "[ never quits")
        XCTAssertEqual(state.forward.count, 3)
        _ = reducer.press(&state, .char("]"), .char("]"))
        XCTAssertEqual(state.screenKind, .speaker)
        // Opening something new drops the screens ahead.
        LinkedFixtures.run(reducer.press(&state, KeyEvent(.enter)), &state)
        XCTAssertTrue(state.forward.isEmpty)
        _ = reducer.press(&state, .char("]"))
        XCTAssertEqual(state.message?.text, "No later screen")
    }

    // MARK: Search

    func testEveryKeystrokeCancelsTheRunningSearch() {
        var state = LinkedFixtures.meetingState()
        _ = reducer.press(&state, .char("s"))
        XCTAssertEqual(state.screenKind, .search)
        var effects: [[Effect]] = []
        for c in "occ" { effects.append(reducer.reduce(&state, .key(.char(c)))) }
        XCTAssertEqual(
            effects, [[.search(query: "o", generation: 1)], [.search(query: "oc", generation: 2)], [.search(query: "occ", generation: 3)]])
        // A late answer for an earlier keystroke is dropped.
        _ = reducer.reduce(&state, .searchLoaded(generation: 2, .success(LinkedFixtures.searchOutcome)))
        guard case .search(let waiting) = state.screen else { return XCTFail() }
        XCTAssertTrue(waiting.items.isEmpty)
        XCTAssertEqual(waiting.status, .searching)
        _ = reducer.reduce(&state, .searchLoaded(generation: 3, .success(LinkedFixtures.searchOutcome)))
        guard case .search(let shown) = state.screen else { return XCTFail() }
        XCTAssertEqual(shown.items.count, 2)
        // Esc while a search runs stops it; erasing the query stops it too.
        _ = reducer.type(&state, "u")
        XCTAssertEqual(reducer.press(&state, KeyEvent(.escape)), [.cancelSearch])
        XCTAssertEqual(state.input, .normal)
        guard case .search(let stopped) = state.screen else { return XCTFail() }
        XCTAssertEqual(stopped.status, .done, "no longer searching; the earlier results stay")
        XCTAssertEqual(stopped.items.count, 2)
        _ = reducer.reduce(&state, .searchLoaded(generation: 4, .success(SearchOutcome(results: []))))
        guard case .search(let after) = state.screen else { return XCTFail() }
        XCTAssertEqual(after.items.count, 2, "the stopped search's late answer is dropped")
    }

    func testABetterRankedPageReplacesTheFirstAndKeepsTheSelection() {
        var state = LinkedFixtures.meetingState()
        _ = reducer.press(&state, .char("s"))
        _ = reducer.reduce(&state, .key(.char("c")))
        var first = LinkedFixtures.searchOutcome
        first.note = "ranked among the newest 2000 matches"
        _ = reducer.reduce(&state, .searchLoaded(generation: 1, .success(first)))
        _ = reducer.press(&state, KeyEvent(.enter))  // keep the query, leave the prompt
        _ = reducer.press(&state, KeyEvent(.down))
        guard case .search(let before) = state.screen else { return XCTFail() }
        XCTAssertEqual(before.selectedResult?.paragraph, 4)

        // The refined page ranks the two results the other way round, without the note.
        let refined = SearchOutcome(results: first.results.reversed(), titles: first.titles)
        _ = reducer.reduce(&state, .searchRefined(generation: 0, refined))  // an older query's: dropped
        guard case .search(let unchanged) = state.screen else { return XCTFail() }
        XCTAssertEqual(unchanged.results.map(\.paragraph), [5, 4])
        _ = reducer.reduce(&state, .searchRefined(generation: 1, refined))
        guard case .search(let after) = state.screen else { return XCTFail() }
        XCTAssertEqual(after.results.map(\.paragraph), [4, 5])
        XCTAssertEqual(after.selectedResult?.paragraph, 4, "the selection follows its result")
        XCTAssertNil(after.note)
        XCTAssertEqual(state.message?.text, "ranked among all matches")
    }

    func testSearchFromASpeakerStaysWithinHisStatements() {
        var state = LinkedFixtures.state(
            .speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id), size: Size(width: 80, height: 24))
        XCTAssertEqual(reducer.press(&state, .char("/")), [.search(query: "speaker:\"Mammadyarov\" ", generation: 1)], "runs at once")
        XCTAssertEqual(state.screenKind, .search)
        XCTAssertEqual(reducer.type(&state, "ceasefire").last, .search(query: "speaker:\"Mammadyarov\" ceasefire", generation: 10))
        _ = reducer.press(&state, .char("q"))  // typed into the prompt, not a key binding
        guard case .prompt(.storeSearch, let prompt) = state.input else { return XCTFail() }
        XCTAssertEqual(prompt.value, "speaker:\"Mammadyarov\" ceasefireq")
        var resolution = LinkedFixtures.state(.resolution(symbol: "S/RES/822 (1993)"), size: Size(width: 80, height: 24))
        XCTAssertEqual(reducer.press(&resolution, .char("s")), [.search(query: "cites:\"S/RES/822 (1993)\" ", generation: 1)])
    }

    func testQueryErrorsGoToTheStatusLine() {
        var state = LinkedFixtures.meetingState()
        _ = reducer.press(&state, .char("s"))
        let effects = reducer.type(&state, "\"open")
        guard case .search(_, let generation)? = effects.last else { return XCTFail() }
        _ = reducer.reduce(
            &state, .searchLoaded(generation: generation, .failure(LoadFailure(message: "bad query at column 1: unclosed quote"))))
        _ = reducer.press(&state, KeyEvent(.enter))
        XCTAssertEqual(state.message, StatusMessage("bad query at column 1: unclosed quote", isError: true))
        XCTAssertTrue(renderer.render(state).grid.text.contains("bad query at column 1"))
    }

    func testEveryWordTheSearchMatchedIsHighlightedInTheMeeting() {
        var state = LinkedFixtures.meetingState()
        _ = reducer.press(&state, .char("s"))
        let effects = reducer.type(&state, "ceasefire attacks")
        guard case .search(_, let generation)? = effects.last else { return XCTFail() }
        // The paragraph that says both words, both marked in the snippet.
        let paragraph = LinkedFixtures.contactGroup.paragraphs.first { $0.text.contains("attacks") }!
        let spans = [Fixtures.span(paragraph.text, "ceasefire"), Fixtures.span(paragraph.text, "attacks")]
        let result = SearchResult(
            meeting: LinkedFixtures.contactGroup.id, date: LinkedFixtures.contactGroup.date, paragraph: paragraph.index,
            number: paragraph.number, speakers: [], snippet: paragraph.text, highlights: spans.map { [$0.lowerBound, $0.upperBound] })
        _ = reducer.reduce(&state, .searchLoaded(generation: generation, .success(SearchOutcome(results: [result]))))
        _ = reducer.press(&state, KeyEvent(.enter))
        LinkedFixtures.run(reducer.press(&state, KeyEvent(.enter)), &state)
        guard case .meeting(let screen) = state.screen, let search = screen.search else { return XCTFail("not on the meeting") }
        XCTAssertEqual(search.query, "ceasefire · attacks")
        guard case .loaded(let document) = screen.document else { return XCTFail() }
        let words = search.matches.map { match -> String in
            let scalars = Array(document.blocks[match.block].text.unicodeScalars)
            return String(String.UnicodeScalarView(scalars[match.range])).lowercased()
        }
        XCTAssertEqual(Set(words), ["ceasefire", "attacks"])
        XCTAssertEqual(words.filter { $0 == "ceasefire" }.count, 2, "every ceasefire in the meeting, not only the opened paragraph's")
        XCTAssertEqual(
            search.matches, search.matches.sorted { ($0.block, $0.range.lowerBound) < ($1.block, $1.range.lowerBound) }, "reading order")
    }

    func testSearchResultOpensTheParagraphAndTheQueryIsKept() {
        var state = LinkedFixtures.meetingState()
        _ = reducer.press(&state, .char("s"))
        let effects = reducer.type(&state, "ceasefire")
        guard case .search(_, let generation)? = effects.last else { return XCTFail() }
        _ = reducer.reduce(&state, .searchLoaded(generation: generation, .success(LinkedFixtures.searchOutcome)))
        _ = reducer.press(&state, KeyEvent(.enter))
        LinkedFixtures.run(reducer.press(&state, KeyEvent(.enter)), &state)
        guard case .meeting(let screen) = state.screen else { return XCTFail("not on the meeting") }
        XCTAssertEqual(screen.search?.query, "ceasefire")
        XCTAssertEqual(screen.search?.current, 1, "the match in the opened paragraph (the second in the meeting) is current")
        XCTAssertTrue(renderer.render(state).grid.attributeMask.contains("MMMMMMMMM"), "the match is highlighted")
        _ = reducer.press(&state, .char("["))
        guard case .search(let search) = state.screen else { return XCTFail("not back on the search") }
        XCTAssertEqual(search.query, "ceasefire")
        // `/` on the search screen edits the same query.
        _ = reducer.press(&state, .char("/"))
        guard case .prompt(.storeSearch, let prompt) = state.input else { return XCTFail() }
        XCTAssertEqual(prompt.value, "ceasefire")
    }
}
