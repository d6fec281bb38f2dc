import PlenaryModel
@testable import PlenaryBrowser
import PlenaryBrowserTestSupport
import TerminalUI
import XCTest

/// Both screens at 80x24 and 40x12, as text plus attribute mask.
final class GoldenScreenTests: XCTestCase {
    let reducer = Reducer()
    let renderer = Renderer()
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    func testMeetingsList() {
        for size in Self.sizes {
            var state = Fixtures.loadedState(size)
            Golden.check(renderer.render(state).grid, "meetings-\(size)")
            _ = reducer.reduce(&state, .key(KeyEvent(.down)))
            _ = reducer.reduce(&state, .key(KeyEvent(.down)))
            Golden.check(renderer.render(state).grid, "meetings-moved-\(size)")
        }
    }

    func testMeetingsListFiltered() {
        var state = Fixtures.loadedState()
        _ = reducer.reduce(&state, .key(.char("f")))
        for c in "council" { _ = reducer.reduce(&state, .key(.char(c))) }
        guard case .meetings(let screen) = state.screen else { return XCTFail() }
        _ = reducer.reduce(&state, .timer(.applyFilter(generation: screen.filterGeneration)))
        Golden.check(renderer.render(state).grid, "meetings-filter-80x24")
    }

    func testMeetingScreen() {
        for size in Self.sizes {
            var state = Fixtures.meetingState(Fixtures.contactGroup, size: size)
            Golden.check(renderer.render(state).grid, "meeting-\(size)")
            // Paragraph 3 with its first citation focused and "ceasefire" searched. The search
            // comes first: a match moves the cursor and lets go of a link in another paragraph.
            reducer.press(&state, .char("/"))
            reducer.type(&state, "ceasefire")
            reducer.press(&state, KeyEvent(.enter))
            _ = reducer.reduce(&state, .action(.goto(3)))
            for _ in 0..<3 where focusedCitation(state) == nil { _ = reducer.reduce(&state, .action(.nextLink)) }
            XCTAssertEqual(focusedCitation(state), "S/RES/822 (1993)", "\(size)")
            Golden.check(renderer.render(state).grid, "meeting-p3-search-\(size)")
        }
    }

    /// The symbol of the citation the meeting screen has focused, if a citation is focused.
    private func focusedCitation(_ state: AppState) -> String? {
        guard case .meeting(let screen) = state.screen, case .loaded(let document) = screen.document,
            let focused = screen.focusedLink, case .citation(let symbol, _, _) = document.links[focused].target
        else { return nil }
        return symbol
    }

    /// The paragraph cursor on paragraph 3 (Mammadyarov's turn), at 80x24 and on a wide
    /// terminal, where the text keeps a readable measure and is centred.
    func testMeetingScreenWithTheCursor() {
        for size in [Size(width: 80, height: 24), Size(width: 160, height: 48)] {
            var state = Fixtures.meetingState(Fixtures.contactGroup, size: size)
            _ = reducer.reduce(&state, .key(.char("j")))
            _ = reducer.reduce(&state, .key(.char("j")))
            guard case .meeting(let screen) = state.screen else { return XCTFail("not on the meeting") }
            XCTAssertEqual(screen.cursor, 3)
            let frame = renderer.render(state)
            Golden.check(frame.grid, "meeting-cursor-\(size)")
            XCTAssertTrue(
                frame.grid.text.contains("▌  3  Foreign Minister Mammadyarov") || frame.grid.text.contains("▌  3  "), frame.grid.text)
            XCTAssertEqual(
                frame.cursor.map { frame.grid.text(row: $0.y).contains("▌") }, true, "the hardware cursor parks on the paragraph")
            if size.width > ReadingMeasure.standardWidth {
                let longest = (1..<size.height - 1).map { frame.grid.text(row: $0).trimmingCharacters(in: .whitespaces).count }.max() ?? 0
                XCTAssertLessThanOrEqual(longest, ReadingMeasure.standardWidth, "lines keep a readable measure")
            }
        }
    }

    func testMultilingualMeetingScreen() {
        for size in Self.sizes {
            var state = Fixtures.meetingState(Fixtures.multilingual, size: size)
            Golden.check(renderer.render(state).grid, "multilingual-\(size)")
            _ = reducer.reduce(&state, .action(.goto(2)))
            Golden.check(renderer.render(state).grid, "multilingual-p2-\(size)")
        }
    }

    func testHelpAndTooSmall() {
        var state = Fixtures.loadedState()
        _ = reducer.reduce(&state, .key(.char("?")))
        Golden.check(renderer.render(state).grid, "help-80x24")
        _ = reducer.reduce(&state, .resized(Size(width: 20, height: 5)))
        Golden.check(renderer.render(state).grid, "too-small-20x5")
    }
}
