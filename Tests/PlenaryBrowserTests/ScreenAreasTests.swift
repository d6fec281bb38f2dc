import PlenaryModel
@testable import PlenaryBrowser
import TerminalUI
import XCTest

/// Mouse clicks are judged against the same `ScreenAreas` the renderer draws into: a click
/// selects the row drawn under it, and the title and status rows are never a list row.
final class ScreenAreasTests: XCTestCase {
    let reducer = Reducer()
    let renderer = Renderer()

    private func click(_ state: inout AppState, y: Int) -> [Effect] {
        reducer.reduce(&state, .key(KeyEvent(.mouse(MouseEvent(.click, at: Position(x: 5, y: y))))))
    }

    private func selectedRow(_ state: AppState) -> Int {
        guard case .meetings(let screen) = state.screen else { XCTFail("not on the meetings list"); return -1 }
        return screen.viewport.selection
    }

    /// The screen row the renderer puts the selection bar on.
    private func selectionBarRow(_ state: AppState) -> Int? {
        let frame = renderer.render(state)
        return (0..<frame.grid.height).first { y in (0..<frame.grid.width).allSatisfy { frame.grid[$0, y].style == .selection } }
    }

    func testAClickSelectsTheMeetingDrawnUnderIt() {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12)] {
            var state = Fixtures.loadedState(size)
            let areas = ScreenAreas(size)
            let before = selectedRow(state)
            XCTAssertEqual(click(&state, y: areas.title.y), [], "the title row")
            XCTAssertEqual(click(&state, y: areas.body.y), [], "the column heading")
            XCTAssertEqual(click(&state, y: areas.status.y), [], "the status row")
            XCTAssertEqual(selectedRow(state), before, "\(size): nothing selected outside the list")
            // The list starts below the column heading: its rows are a year, then meetings.
            let y = areas.body.y + 4
            _ = click(&state, y: y)
            XCTAssertEqual(selectionBarRow(state), y, "\(size): the bar is drawn where the click was")
            XCTAssertEqual(click(&state, y: y).count, 1, "a second click opens the meeting")
            XCTAssertEqual(state.screenKind, .meeting)
        }
    }
}
