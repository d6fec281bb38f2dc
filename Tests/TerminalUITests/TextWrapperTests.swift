import XCTest
import TerminalUI

final class TextWrapperTests: XCTestCase {
    func testWrapsAtSpacesByDisplayWidth() {
        let lines = TextWrapper.wrap("the quick brown fox jumps", width: 10).map { $0.line.plainText }
        XCTAssertEqual(lines, ["the quick", "brown fox", "jumps"])
        let wide = TextWrapper.wrap("安全理事会 决议", width: 6).map { $0.line.plainText }
        XCTAssertEqual(wide, ["安全理", "事会", "决议"])
    }

    func testLongWordsBreakBetweenClusters() {
        let lines = TextWrapper.wrap("abcdefghij", width: 4).map { $0.line.plainText }
        XCTAssertEqual(lines, ["abcd", "efgh", "ij"])
    }

    func testHighlightSpansKeepTheirStyleAcrossLinesAndStayTogether() {
        let text = "Recalling resolutions 822 (1993) and 853 (1993) today"
        let start = text.distance(from: text.startIndex, to: text.range(of: "822 (1993)")!.lowerBound)
        let lines = TextWrapper.wrap(text, width: 28, highlights: [Highlight(start..<(start + 10), .link)])
        XCTAssertEqual(lines.map { $0.line.plainText }, ["Recalling resolutions", "822 (1993) and 853 (1993)", "today"])
        XCTAssertEqual(lines[1].line.runs.first, StyledRun("822 (1993)", .link))
        // Too long to keep together: split, both halves styled.
        let split = TextWrapper.wrap("aa bbbb cccc dd", width: 6, highlights: [Highlight(3..<12, .match)])
        XCTAssertEqual(split.map { $0.line.plainText }, ["aa", "bbbb", "cccc", "dd"])
        XCTAssertEqual(split[1].line.runs, [StyledRun("bbbb", .match)])
        XCTAssertEqual(split[2].line.runs, [StyledRun("cccc", .match)])
    }

    func testScalarRangesLocateSpans() {
        let lines = TextWrapper.wrap("ab cd ef", width: 5)
        XCTAssertEqual(lines.map(\.scalarRange), [0..<5, 6..<8])
    }

    func testControlCharactersInTextAreShownSafely() {
        let lines = TextWrapper.wrap("x\u{1B}[31mred\u{1B}[0m y", width: 40)
        XCTAssertEqual(lines.map { $0.line.plainText }, ["x␛[31mred␛[0m y"])
    }

    func testCombiningAndEmojiOffsetsCountScalars() {
        // "é" as e + U+0301 is two scalars: a highlight on "x" must start at scalar 3.
        let lines = TextWrapper.wrap("e\u{301} x 🌍", width: 20, highlights: [Highlight(3..<4, .match)])
        XCTAssertEqual(lines[0].line.runs, [StyledRun("e\u{301} ", .normal), StyledRun("x", .match), StyledRun(" 🌍", .normal)])
    }

    func testStylingALineAloneMatchesWrappingItWhole() {
        let text =
            "Recalling 822 (1993) and 853 (1993), 安全理事会 🌍 Co\u{302}te d’Ivoire \u{1B}[31m red\u{1B}[0m and\ttabs, the Council decides to remain seized of the matter."
        let highlights = [Highlight(10..<20, .link), Highlight(25..<35, .focusedLink), Highlight(40..<44, .match, keepTogether: false)]
        for width in [8, 13, 20, 31, 80] {
            for wrapped in TextWrapper.wrap(text, width: width, highlights: highlights) {
                XCTAssertEqual(TextWrapper.style(text, range: wrapped.scalarRange, highlights: highlights), wrapped.line, "width \(width)")
            }
        }
    }
}
