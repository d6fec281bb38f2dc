import PlenaryVerbatim
import XCTest

final class VerbatimTextTests: XCTestCase {
    func testFullRecordTurnsAtLineStarts() {
        let text = """
            United Nations S/PV.9999
            Security Council
            Monday, 13 January 2020, 10 a.m.
            The President: The meeting is called to order.
            In favour: Belgium, China
            Mr. Nebenzia (Russian Federation) (spoke in Russian): We support it.
            It is time.
            Ms. DiCarlo: Thank you.
            """
        let (preamble, turns) = VerbatimText.turns(in: text)
        XCTAssertTrue(preamble.hasPrefix("United Nations S/PV.9999"))
        XCTAssertEqual(
            turns.map(\.label.asPrinted), ["The President", "Mr. Nebenzia (Russian Federation) (spoke in Russian)", "Ms. DiCarlo"])
        XCTAssertEqual(turns[0].text, "The meeting is called to order.\nIn favour: Belgium, China")
        XCTAssertEqual(turns[1].text, "We support it.\nIt is time.")
    }

    func testOneRunOfTextIsCutAtSentenceEnds() {
        let sentence = "The Council must act now on the situation in the region and Mr. Smith agrees with that view. "
        let speech = String(repeating: sentence, count: 40)
        let blocks = VerbatimText.blocks(of: speech, target: 400)
        XCTAssertGreaterThan(blocks.count, 5)
        XCTAssertEqual(blocks.joined(separator: " "), speech.trimmingCharacters(in: .whitespaces))
        for b in blocks { XCTAssertTrue(b.hasSuffix("."), b) }
    }

    func testPageNumbersAreDropped() {
        XCTAssertEqual(
            VerbatimText.blocks(of: "a letter 2/2 dated 14 October, open 24/7 in 2017/2018"),
            ["a letter dated 14 October, open 24/7 in 2017/2018"])
    }

    func testSpeechFileNames() throws {
        let name = try XCTUnwrap(SpeechFileName.parse("UNSC_2020_SPV.8706Resumption1_spch012.txt"))
        XCTAssertEqual(name.symbol, "S/PV.8706 (Resumption 1)")
        XCTAssertEqual(name.sequence, 12)
        XCTAssertEqual(SpeechFileName.parse("UNSC_2020_SPV.8701_spch002.txt")?.symbol, "S/PV.8701")
        XCTAssertNil(SpeechFileName.parse("notes.txt"))
    }
}
