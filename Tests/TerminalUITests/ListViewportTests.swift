import XCTest
@testable import TerminalUI

/// The movements every list of the browser shares, and hit-testing through `ScreenAreas`.
final class ListViewportTests: XCTestCase {
    func testUpAndDownStopAtTheEnds() {
        var v = ListViewport()
        v = v.moved(.up, count: 5, height: 3)
        XCTAssertEqual(v, ListViewport(selection: 0, offset: 0))
        for _ in 0..<3 { v = v.moved(.down, count: 5, height: 3) }
        XCTAssertEqual(v, ListViewport(selection: 3, offset: 1), "scrolls as little as possible")
        for _ in 0..<5 { v = v.moved(.down, count: 5, height: 3) }
        XCTAssertEqual(v, ListViewport(selection: 4, offset: 2))
        v = v.moved(.up, count: 5, height: 3)
        XCTAssertEqual(v, ListViewport(selection: 3, offset: 2), "the view stays while the selection is in it")
    }

    func testPagesMoveTheSelectionAndTheViewTogether() {
        var v = ListViewport(selection: 2, offset: 0)
        v = v.moved(.pageDown, count: 100, height: 10)
        XCTAssertEqual(v, ListViewport(selection: 11, offset: 9), "a page keeps one row of the last")
        v = v.moved(.pageUp, count: 100, height: 10)
        XCTAssertEqual(v, ListViewport(selection: 2, offset: 0))
        v = v.moved(.pageUp, count: 100, height: 10)
        XCTAssertEqual(v, ListViewport(selection: 0, offset: 0))
        XCTAssertEqual(
            ListViewport(selection: 95, offset: 90).moved(.pageDown, count: 100, height: 10), ListViewport(selection: 99, offset: 90))
    }

    func testFirstLastAndARow() {
        let v = ListViewport(selection: 40, offset: 35)
        XCTAssertEqual(v.moved(.first, count: 100, height: 10), ListViewport(selection: 0, offset: 0))
        XCTAssertEqual(v.moved(.last, count: 100, height: 10), ListViewport(selection: 99, offset: 90))
        XCTAssertEqual(v.moved(.to(37), count: 100, height: 10), ListViewport(selection: 37, offset: 35), "in view: no scroll")
        XCTAssertEqual(v.moved(.to(70), count: 100, height: 10), ListViewport(selection: 70, offset: 61))
        XCTAssertEqual(v.moved(.to(500), count: 100, height: 10), ListViewport(selection: 99, offset: 90))
        XCTAssertEqual(v.moved(.to(-3), count: 100, height: 10), ListViewport(selection: 0, offset: 0))
        XCTAssertEqual(v.moved(.last, count: 0, height: 10), ListViewport(), "an empty list")
    }

    func testScrollingTheViewAlone() {
        let v = ListViewport(selection: 0, offset: 3)
        XCTAssertEqual(v.scrolled(by: 1, count: 10, height: 6).offset, 4)
        XCTAssertEqual(v.scrolled(by: 10, count: 10, height: 6).offset, 4)
        XCTAssertEqual(v.scrolled(by: -10, count: 10, height: 6).offset, 0)
        XCTAssertEqual(v.scrolled(by: 1, count: 3, height: 6).offset, 0, "a list shorter than the view does not scroll")
        XCTAssertEqual(v.scrolled(to: 9, count: 10, height: 6).offset, 4, "a pager's last page")
        XCTAssertEqual(v.scrolled(to: -1, count: 10, height: 6).offset, 0)
    }

    func testSettlingSkipsHeadingsAndShowsTheOneAbove() {
        // Rows 0 and 4 are headings.
        let heading: Set<Int> = [0, 4]
        let selectable = { !heading.contains($0) }
        XCTAssertEqual(
            ListViewport().settled(count: 8, height: 5, direction: 1, selectable: selectable), ListViewport(selection: 1, offset: 0))
        var v = ListViewport(selection: 3, offset: 0).moved(.down, count: 8, height: 3)
        v = v.settled(count: 8, height: 3, direction: 1, selectable: selectable)
        XCTAssertEqual(v, ListViewport(selection: 5, offset: 3), "past the heading, which stays in view")
        XCTAssertEqual(
            ListViewport(selection: 4, offset: 4).settled(count: 8, height: 3, direction: 1, selectable: selectable),
            ListViewport(selection: 5, offset: 4), "the heading above the selection is shown")
        v = v.moved(.up, count: 8, height: 3).settled(count: 8, height: 3, direction: -1, selectable: selectable)
        XCTAssertEqual(v.selection, 3)
        v = ListViewport(selection: 1, offset: 1).moved(.up, count: 8, height: 3).settled(
            count: 8, height: 3, direction: -1, selectable: selectable)
        XCTAssertEqual(v, ListViewport(selection: 1, offset: 0), "nothing above the first heading: back down to the first row")
    }

    func testClicksLandThroughTheScreenAreas() {
        let areas = ScreenAreas(Size(width: 80, height: 24))
        XCTAssertEqual(areas.title, Rect(x: 0, y: 0, width: 80, height: 1))
        XCTAssertEqual(areas.body, Rect(x: 0, y: 1, width: 80, height: 22))
        XCTAssertEqual(areas.status, Rect(x: 0, y: 23, width: 80, height: 1))
        // A list of three-row items below a two-row header in the body.
        let list = areas.body.inset(top: 2)
        let v = ListViewport(selection: 4, offset: 3)
        XCTAssertNil(v.hit(y: areas.title.y, in: list, itemHeight: 3, count: 20), "the title row")
        XCTAssertNil(v.hit(y: areas.body.y + 1, in: list, itemHeight: 3, count: 20), "the header")
        XCTAssertNil(v.hit(y: areas.status.y, in: list, itemHeight: 3, count: 20), "the status row")
        XCTAssertEqual(v.hit(y: list.y, in: list, itemHeight: 3, count: 20)?.row, 3)
        XCTAssertEqual(v.hit(y: list.y + 2, in: list, itemHeight: 3, count: 20)?.row, 3)
        let second = v.hit(y: list.y + 3, in: list, itemHeight: 3, count: 20)
        XCTAssertEqual(second?.row, 4)
        XCTAssertEqual(second?.again, true, "on the selection: a second click")
        XCTAssertNil(v.hit(y: list.y + 3, in: list, itemHeight: 3, count: 4), "below the last item")
        XCTAssertEqual(ScreenAreas(Size(width: 30, height: 2)).body.height, 1, "never an empty body")
    }
}
