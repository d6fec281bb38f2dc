import PlenaryExtract
import XCTest

final class DateFinderTests: XCTestCase {
    func found(_ text: String) -> [String] {
        DateFinder.find(in: TokenizedText(text)).map { d in d.endDate.map { "\(d.date)..\($0)" } ?? d.date }
    }

    func testForms() {
        XCTAssertEqual(found("met on 19 September 2017 at"), ["2017-09-19"])
        XCTAssertEqual(found("on June 7, 2021 at"), ["2021-06-07"])
        XCTAssertEqual(found("Date: 21/09/2022"), ["2022-09-21"])
        XCTAssertEqual(found("stamp 2017-09-19"), ["2017-09-19"])
        XCTAssertEqual(found("on Wednesday, 21st September 2022"), ["2022-09-21"])
    }

    func testRanges() {
        XCTAssertEqual(found("held on 19-20 March 2018"), ["2018-03-19..2018-03-20"])
        XCTAssertEqual(found("on 27–28 November 2020"), ["2020-11-27..2020-11-28"])
        XCTAssertEqual(found("from 27 November – 1 December 2020"), ["2020-11-27..2020-12-01"])
        XCTAssertEqual(found("June 7-8, 2021"), ["2021-06-07..2021-06-08"])
    }

    func testHijriBesideGregorianAndNonDates() {
        XCTAssertEqual(found("Niamey, 12-13 Rabi al Thani 1442H (27-28 November 2020)"), ["2020-11-27..2020-11-28"])
        XCTAssertEqual(found("31 February 2021, resolution 2334 (2016), 47th session, May 2021"), [])
    }
}

extension DateFinderTests {
    func testOrdinalWithOf() {
        XCTAssertEqual(found("held on the 8th of July 2021"), ["2021-07-08"])
    }
}
