import PlenaryModel
import XCTest

/// Which meeting `c` and `plenary compare` start from: the body's previous meeting, but for
/// the Security Council the previous meeting on the same agenda item.
final class PreviousMeetingTests: XCTestCase {
    private func council(_ number: Int, _ date: String, _ title: String) -> Meeting {
        Meeting(
            id: "\(date)-unsc-s-pv-\(number)", title: title, date: date, organization: "UN", body: "Security Council",
            symbol: "S/PV.\(number)")
    }

    func testCouncilSeriesAreAgendaItems() {
        let libya = council(8719, "2020-02-11", "The situation in Libya")
        let yemen = council(8757, "2020-09-15", "The situation in the Middle East")
        let newer = council(8758, "2020-09-15", "The situation in Libya")
        let summaries = [libya, yemen, newer].map(MeetingSummary.init)
        XCTAssertEqual(MeetingComparison.previous(of: newer, among: summaries)?.id, libya.id, "Libya after Libya, not Yemen the same day")
        XCTAssertNil(MeetingComparison.previous(of: libya, among: summaries), "the first Libya meeting has none")
    }

    func testOtherBodiesKeepTheirSeries() {
        let a = Meeting(id: "2016-01-01-oic", title: "First", date: "2016-01-01", organization: "OIC", body: "OIC Contact Group")
        let b = Meeting(id: "2017-01-01-oic", title: "Second", date: "2017-01-01", organization: "OIC", body: "OIC Contact Group")
        XCTAssertEqual(MeetingComparison.previous(of: b, among: [a, b].map(MeetingSummary.init))?.id, a.id)
    }
}
