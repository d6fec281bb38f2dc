import PlenaryVerbatim
import XCTest

final class RunningHeaderTests: XCTestCase {
    let topic = "The situation in the Middle East, including the Palestinian question"

    func testDateTitleSymbol() {
        let text = "the right to govern 21/01/2020 \(topic) S/PV.8706 themselves and reach their potential."
        let (clean, dates) = RunningHeader.remove(from: text, symbol: "S/PV.8706", topics: [topic])
        XCTAssertEqual(clean, "the right to govern themselves and reach their potential.")
        XCTAssertEqual(dates, ["2020-01-21"])
    }

    func testTitleBeforeDateAndSymbolFirst() {
        let a = RunningHeader.remove(
            from: "that logic.The situation in the Middle East 06/02/2020 S/PV.8715",
            symbol: "S/PV.8715", topics: ["The situation in the Middle East"])
        XCTAssertEqual(a.text, "that logic.")
        XCTAssertEqual(a.dates, ["2020-02-06"])
        let b = RunningHeader.remove(
            from: "Yemeni people. S/PV.8770 The situation in the Middle East 15/10/2020 We call",
            symbol: "S/PV.8770", topics: [])
        XCTAssertEqual(b.text, "Yemeni people. We call")
        XCTAssertEqual(b.dates, ["2020-10-15"])
    }

    func testReferencesStay() {
        let text = "their briefings (see S/PV.8706), which reminded us. On 24/7 access we agree."
        XCTAssertEqual(RunningHeader.remove(from: text, symbol: "S/PV.8706", topics: []).text, text)
        XCTAssertEqual(RunningHeader.remove(from: "see S/PV.87061 31/02/2020", symbol: "S/PV.8706", topics: []).dates, [])
    }
}
