import PlenaryModel
import XCTest

/// The timeline as the command line and the browser arrange it: meetings first with the
/// references of their span, older and later references after them, statements by kind.
final class TimelineSpanTests: XCTestCase {
    private func source(_ id: String, _ date: String, symbol: String? = nil, cites: [String] = [], events: [ReferencedEvent] = [])
        -> Timeline.Source
    {
        Timeline.Source(
            id: id, date: date, title: "Meeting \(id)", symbol: symbol, events: events,
            citations: cites.enumerated().map { ($0.element, $0.offset + 1) })
    }

    func testReferencesOutsideTheMeetingsSpanComeAfterTheMeetings() {
        let timeline = Timeline.build(
            sources: [
                source(
                    "a", "2020-01-30", symbol: "S/PV.8710", cites: ["S/RES/2510 (2020)", "S/RES/1970 (2011)"],
                    events: [ReferencedEvent(date: "1967-06-04", label: "the June 1967 lines", paragraph: 2)]),
                source("b", "2020-03-12", symbol: "S/PV.8744", cites: ["S/PRST/2020/2"]),
            ], resolutionDates: ["S/RES/2510 (2020)": "2020-02-12", "S/RES/1970 (2011)": "2011-02-26"])
        let catalog = Catalog(meetings: [
            CatalogMeeting(
                record: "S/PV.8720", date: "2020-02-11", pressRelease: nil, topics: ["Peace consolidation"],
                outcomes: ["S/PRST/2020/2"], outcomeText: ["S/PRST/2020/2"])
        ])
        let span = TimelineSpan(timeline, catalog: catalog)
        XCTAssertEqual(span.first, "2020-01-30")
        XCTAssertEqual(span.last, "2020-03-12")
        XCTAssertEqual(span.meetings, 2)
        // The statement is put on the day the catalogue says it was adopted, inside the span.
        XCTAssertEqual(span.within.map(\.label), ["Meeting a", "S/PRST/2020/2", "S/RES/2510 (2020)", "Meeting b"])
        XCTAssertEqual(span.within.map(\.date), ["2020-01-30", "2020-02-11", "2020-02-12", "2020-03-12"])
        XCTAssertEqual(span.within.first?.symbol, "S/PV.8710", "a meeting's entry carries its record symbol")
        XCTAssertEqual(span.outside.map(\.date), ["1967-06-04", "2011-02-26"])
    }

    func testKindsAreNamedAndOutcomesComeFromTheCatalogue() {
        XCTAssertEqual(TimelineSpan.kind(of: "S/PRST/2020/1"), "presidential statement")
        XCTAssertEqual(TimelineSpan.kind(of: "S/RES/2542 (2020)"), "resolution")
        XCTAssertEqual(TimelineSpan.kind(of: "A/RES/70/262"), "GA resolution")
        let catalog = Catalog(
            resolutions: [],
            meetings: [
                CatalogMeeting(
                    record: "S/PV.8758", date: "2020-09-15", pressRelease: "SC/14301", topics: ["The situation in Libya"],
                    outcomes: ["S/RES/2542 (2020)"], outcomeText: ["S/RES/2542 (2020) 13-0-2"])
            ])
        XCTAssertEqual(TimelineSpan.outcomes(of: "S/PV.8758", catalog: catalog), ["S/RES/2542 (2020) 13-0-2"])
        XCTAssertEqual(TimelineSpan.outcomes(of: "S/PV.1", catalog: catalog), [])
        XCTAssertEqual(TimelineSpan.outcomes(of: nil, catalog: catalog), [])
    }

    func testAYearOrMonthIsWithinWhenTheSpanTouchesIt() {
        XCTAssertTrue(TimelineSpan.contains("2020", "2020-01-30", "2020-03-12"))
        XCTAssertTrue(TimelineSpan.contains("2020-03", "2020-01-30", "2020-03-12"))
        XCTAssertFalse(TimelineSpan.contains("2020-04", "2020-01-30", "2020-03-12"))
        XCTAssertFalse(TimelineSpan.contains("2019-12-31", "2020-01-30", "2020-03-12"))
        XCTAssertFalse(TimelineSpan.contains("2020", "", ""))
    }
}
