import PlenaryModel
import XCTest

/// Day arithmetic behind "yesterday" and "on Monday": checked against every day of four
/// centuries by round trip, and against known weekdays.
final class ISODateArithmeticTests: XCTestCase {
    func testDayNumbersRoundTripOverFourCenturies() {
        var previous: Int?
        for year in stride(from: 1900, through: 2300, by: 1) {
            for month in 1...12 {
                for day in 1...ISODate.daysInMonth(year: year, month: month) {
                    let text = ISODate.format(year: year, month: month, day: day)
                    guard let n = ISODate.dayNumber(text) else { return XCTFail(text) }
                    if let previous { XCTAssertEqual(n, previous + 1, text) }
                    XCTAssertEqual(ISODate.day(number: n), text)
                    previous = n
                }
            }
        }
    }

    func testAddingDaysAndWeekdays() {
        XCTAssertEqual(ISODate.dayNumber("1970-01-01"), 0)
        XCTAssertEqual(ISODate.adding(days: -1, to: "2023-03-01"), "2023-02-28")
        XCTAssertEqual(ISODate.adding(days: 1, to: "2024-02-28"), "2024-02-29")
        XCTAssertEqual(ISODate.adding(days: -1, to: "2000-01-01"), "1999-12-31")
        XCTAssertEqual(ISODate.weekday("2023-09-21"), 3, "a Thursday")
        XCTAssertEqual(ISODate.weekday("1970-01-01"), 3, "a Thursday")
        XCTAssertEqual(ISODate.weekday("2024-10-18"), 4, "a Friday")
        XCTAssertNil(ISODate.adding(days: 1, to: "2023-13-01"))
    }
}
