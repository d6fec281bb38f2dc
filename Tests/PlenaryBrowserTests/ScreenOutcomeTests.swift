import PlenaryModel
@testable import PlenaryBrowser
@testable import PlenaryBrowserCore
import TerminalUI
import XCTest

/// Screens update themselves and say what else should happen; the reducer applies that in
/// one place. And the rules of a search (rank more, count the matches) are effects the
/// reducer asks for, so they are seen here rather than decided in the runtime.
final class ScreenOutcomeTests: XCTestCase {
    let reducer = Reducer()

    private func type(_ state: inout AppState, _ text: String) -> [Effect] {
        text.flatMap { reducer.reduce(&state, .key(.char($0))) }
    }

    /// The search screen with "ceasefire" typed; its generation.
    private func searching(_ state: inout AppState) -> Int {
        _ = reducer.reduce(&state, .key(.char("s")))
        guard case .search(_, let generation)? = type(&state, "ceasefire").last else { XCTFail("no search"); return -1 }
        return generation
    }

    func testAPageRankedOnlyAmongTheNewestAsksForMoreAndTheCounts() {
        var state = LinkedFixtures.meetingState()
        let generation = searching(&state)
        var partial = LinkedFixtures.searchOutcome
        partial.ranksMore = true
        XCTAssertEqual(
            reducer.reduce(&state, .searchLoaded(generation: generation, .success(partial))),
            [.refineSearch(query: "ceasefire", generation: generation), .countMatches(query: "ceasefire", generation: generation)])
        XCTAssertEqual(
            reducer.reduce(&state, .searchRefined(generation: generation, LinkedFixtures.searchOutcome)), [],
            "a refined page asks for nothing more")
    }

    func testAFullyRankedPageAsksOnlyForTheCounts() {
        var state = LinkedFixtures.meetingState()
        let generation = searching(&state)
        XCTAssertEqual(
            reducer.reduce(&state, .searchLoaded(generation: generation, .success(LinkedFixtures.searchOutcome))),
            [.countMatches(query: "ceasefire", generation: generation)])
    }

    func testAnOlderQueryOrAFailureAsksForNothing() {
        var state = LinkedFixtures.meetingState()
        let generation = searching(&state)
        var partial = LinkedFixtures.searchOutcome
        partial.ranksMore = true
        XCTAssertEqual(reducer.reduce(&state, .searchLoaded(generation: generation - 1, .success(partial))), [], "an older query's page")
        XCTAssertEqual(reducer.reduce(&state, .searchLoaded(generation: generation, .failure(LoadFailure(message: "bad query")))), [])
    }

    func testTheListOpensAMeetingThroughItsOutcome() {
        var state = Fixtures.loadedState()
        guard case .meetings(var list) = state.screen else { return XCTFail() }
        let summary = state.catalog.value!.summaries[list.selectedIndex!]
        XCTAssertEqual(list.update(.open, context: reducer.context(state, isTop: true)), .openMeeting(summary))
        XCTAssertEqual(list.update(.moveDown, context: reducer.context(state, isTop: true)), .nothing)
        XCTAssertEqual(
            list.update(.quit, context: reducer.context(state, isTop: true)),
            .message(StatusMessage("That does nothing on the meetings list")),
            "global actions never reach a screen through the reducer")
        // Through the reducer: the list is written back before the meeting is pushed on it.
        _ = reducer.reduce(&state, .action(.moveDown))
        let selected = state.screen
        XCTAssertEqual(reducer.reduce(&state, .action(.open)).count, 1)
        XCTAssertEqual(state.stack.count, 2)
        XCTAssertEqual(state.stack[0], selected)
    }

    func testASpeakerSearchesWithinHimselfThroughOnePushAndAPrompt() {
        var state = LinkedFixtures.state(
            .speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id), size: Size(width: 80, height: 24))
        guard case .entity(var speaker) = state.screen, let scope = speaker.page.value?.searchScope else { return XCTFail() }
        guard case .all(let outcomes) = speaker.update(.openSearch, context: reducer.context(state, isTop: true)),
            case .push(.search(let search), let effects)? = outcomes.first
        else { return XCTFail("not a push") }
        XCTAssertEqual(search.query, scope + " ")
        XCTAssertEqual(effects, [.search(query: scope + " ", generation: 1)])
        XCTAssertEqual(outcomes.last, .prompt(.storeSearch, text: scope + " "))
        XCTAssertEqual(reducer.reduce(&state, .action(.openSearch)), effects)
        XCTAssertEqual(state.screenKind, .search)
    }

    func testAPageThatCannotBeBuiltIsDroppedOnlyWhenShown() {
        var state = LinkedFixtures.meetingState()
        guard case .loadPage(_, let request)? = reducer.follow(.resolution(symbol: "S/RES/1 (1946)"), &state).first else {
            return XCTFail()
        }
        _ = reducer.reduce(&state, .action(.historyBack))
        XCTAssertEqual(state.forward.count, 1)
        _ = reducer.reduce(&state, .pageLoaded(request: request, .failure(LoadFailure(message: "no such resolution"))))
        guard case .entity(let ahead)? = state.forward.first else { return XCTFail() }
        XCTAssertEqual(ahead.page, .failed("no such resolution"), "a screen ahead is kept, failed")
        XCTAssertEqual(state.message, StatusMessage("no such resolution", isError: true))
    }
}
