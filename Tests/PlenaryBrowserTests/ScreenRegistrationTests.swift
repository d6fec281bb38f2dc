import PlenaryModel
import XCTest

@testable import PlenaryBrowserCore

/// A screen's case in `Screen` is its whole registration: the model is read from the case's
/// payload, so each case must hand back a model that rebuilds the same case, of its kind.
final class ScreenRegistrationTests: XCTestCase {
    func testEveryCaseHandsBackItsOwnModel() {
        let summary = MeetingSummary(
            id: "m1", date: "2020-01-01", endDate: nil, title: "A meeting", organization: "UN", body: "Security Council",
            paragraphs: 1, speakers: 0, citations: 0, attendance: 0)
        let screens: [(Screen, ScreenKind)] = [
            (.meetings(MeetingsScreen()), .meetings),
            (.meeting(MeetingScreen(summary: summary, request: 1)), .meeting),
            (.entity(EntityScreen(target: .timeline(organization: "UN", body: nil), request: 2)), .timeline),
            (.entity(EntityScreen(target: .speaker(id: "p1", meeting: nil), request: 3)), .speaker),
            (.search(SearchScreen()), .search),
        ]
        for (screen, kind) in screens {
            XCTAssertEqual(screen.model.screen, screen)
            XCTAssertEqual(screen.kind, kind)
        }
    }

    func testKindsDeclaredElsewhereFollowTheKnownOnesByName() {
        let extra = ScreenKind("organisations", title: "Organisations")
        XCTAssertEqual(ScreenKind.ordered([extra, .search, .meetings]), [.meetings, .search, extra])
    }
}
