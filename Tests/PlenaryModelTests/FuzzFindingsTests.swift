import PlenaryModel
import XCTest

/// Inputs `scripts/fuzz` found, kept as regressions (the raw files are in
/// scripts/fuzz.d/findings/ and replay in FuzzReplayTests).
final class FuzzFindingsTests: XCTestCase {
    /// A record with no paragraphs whose statement names paragraph 1 made the validator build
    /// the range 1...0 and trap: `plenary list` and `check` crashed on such a file.
    func testStatementOfARecordWithoutParagraphsIsAProblemNotACrash() {
        let meeting = Meeting(
            id: "2020-01-10-x", title: "X", date: "2020-01-10",
            people: [Person(id: "p", name: "P")], paragraphs: [],
            statements: [Statement(speaker: "p", paragraphs: [1], mode: .direct, attribution: "P")])
        let problems = MeetingValidator.validate(meeting)
        XCTAssertTrue(problems.contains { $0.description.contains("statements[0].paragraphs[0]") }, "\(problems)")
    }
}
