@testable import PlenaryBrowserCore
import PlenaryModel
import XCTest

/// Items made on demand behave as items held: same count, order, equality and filtering.
final class EntityItemsTests: XCTestCase {
    struct Numbered: EntityItemMaker {
        let count: Int
        func item(at index: Int) -> EntityItem {
            EntityItem(date: "2020-01-\(index + 10)", heading: "Meeting \(index)", open: nil)
        }
    }

    func testMadeItemsEqualHeldItems() {
        let made = EntityItems(made: Numbered(count: 3))
        let held = EntityItems((0..<3).map { Numbered(count: 3).item(at: $0) })
        XCTAssertEqual(made.count, 3)
        XCTAssertEqual(made[2].heading, "Meeting 2")
        XCTAssertEqual(made, held)
        XCTAssertNotEqual(made, EntityItems(made: Numbered(count: 2)))
        XCTAssertEqual(made.map(\.date), ["2020-01-10", "2020-01-11", "2020-01-12"])
    }

    func testATimelinePageMakesItsItemsInTimelineOrder() {
        let timeline = Timeline(entries: [
            Timeline.Entry(
                kind: .meeting, date: "2020-02-01", label: "Libya", meetingID: "m-2", paragraph: nil, symbol: "S/PV.8710", citedBy: 0),
            Timeline.Entry(
                kind: .resolution, date: "1993", label: "S/RES/822 (1993)", meetingID: "m-2", paragraph: 3, symbol: "S/RES/822 (1993)",
                citedBy: 1),
            Timeline.Entry(kind: .meeting, date: "2020-01-15", label: "Syria", meetingID: "m-1", paragraph: nil, symbol: nil, citedBy: 0),
        ])
        let page = TimelinePage.build(timeline, name: "all meetings", meetings: 2)
        XCTAssertEqual(page.items.map(\.heading), ["Syria", "Libya", "S/RES/822 (1993), cited by 1 meeting"])
        XCTAssertEqual(page.items.map(\.detail), ["meeting", "S/PV.8710", "◇ resolution"])
        XCTAssertEqual(page.items[1].citation, "S/PV.8710, Libya, 2020-02-01")
        XCTAssertEqual(page.items[2].open, .link(.resolution(symbol: "S/RES/822 (1993)")))
    }
}
