@testable import PlenaryBrowser
import PlenarySearch
import TerminalUI
import XCTest

/// Issue 16: why a query cannot run is on the search prompt's row while it is typed.
final class QueryProblemTests: XCTestCase {
    let reducer = Reducer()
    let renderer = Renderer()

    private func promptRow(_ state: AppState) -> String {
        let lines = renderer.render(state).grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        return String(lines[lines.count > 23 ? 23 : lines.count - 1])
    }

    func testAMalformedQueryShowsItsReasonBesideThePrompt() {
        var state = LinkedFixtures.meetingState()
        _ = reducer.reduce(&state, .key(.char("s")))
        for c in "ceasefire \"line" { _ = reducer.reduce(&state, .key(.char(c))) }
        let row = promptRow(state)
        XCTAssertTrue(row.hasPrefix("Search: ceasefire \"line"), row)
        XCTAssertTrue(row.hasSuffix("column 11: this quote is never closed"), row)
        // Closing the quote takes the reason away.
        _ = reducer.reduce(&state, .key(.char("\"")))
        XCTAssertFalse(promptRow(state).contains("column"), promptRow(state))
    }

    func testAnUnknownValueReportedByTheIndexShowsToo() {
        var state = LinkedFixtures.meetingState()
        _ = reducer.reduce(&state, .key(.char("s")))
        for c in "speaker:Nebenzka" { _ = reducer.reduce(&state, .key(.char(c))) }
        guard case .search(let screen) = state.screen else { return XCTFail() }
        _ = reducer.reduce(
            &state,
            .searchLoaded(
                generation: screen.generation,
                .failure(
                    LoadFailure(
                        message: "bad query at column 1: no speaker 'Nebenzka'; did you mean Nebenzia (RUS)?"))))
        // Cut to the room beside the typed text (80 columns here).
        let row = promptRow(state)
        XCTAssertTrue(row.hasPrefix("Search: speaker:Nebenzka  "), row)
        XCTAssertTrue(row.contains("column 1: no speaker 'Nebenzka'; did you mean Nebenz"), row)
        XCTAssertEqual(row.count, 80, row)
    }
}
