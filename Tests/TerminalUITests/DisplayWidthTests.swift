import XCTest
import TerminalUI

final class DisplayWidthTests: XCTestCase {
    func testASCIIAndWideCharacters() {
        XCTAssertEqual(DisplayWidth.of("Security Council"), 16)
        XCTAssertEqual(DisplayWidth.of("安全理事会"), 10)
        XCTAssertEqual(DisplayWidth.of("안보리"), 6)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4, "fullwidth forms")
        XCTAssertEqual(DisplayWidth.of("🌍"), 2)
        XCTAssertEqual(DisplayWidth.of("👩‍💼"), 2, "a ZWJ sequence is one cluster")
        XCTAssertEqual(DisplayWidth.of("❤️"), 2, "emoji presentation selector")
        XCTAssertEqual(DisplayWidth.of("☺"), 1, "text presentation")
    }

    func testCombiningMarksTakeNoColumn() {
        XCTAssertEqual(DisplayWidth.of("Cafe\u{301}"), 4)
        XCTAssertEqual(DisplayWidth.of("Ṩ"), 1)
        XCTAssertEqual(DisplayWidth.of("n\u{303}\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of("\u{301}"), 0, "a lone mark")
    }

    func testControlCharactersBecomeVisibleAndHarmless() {
        let hostile = "A\u{1B}[2J\u{1B}]0;owned\u{07}B\u{9B}31m\u{202E}C\u{0}"
        let safe = DisplayWidth.sanitize(hostile)
        XCTAssertFalse(safe.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value <= 0x9F) })
        XCTAssertFalse(safe.contains("\u{202E}"), "bidi override dropped")
        XCTAssertEqual(safe, "A␛[2J␛]0;owned␇B\u{FFFD}31mC␀")
        XCTAssertEqual(DisplayWidth.of(hostile), DisplayWidth.of(safe))
        XCTAssertEqual(DisplayWidth.sanitize("a\tb\r\nc"), "a b c")
        XCTAssertEqual(DisplayWidth.sanitize("x\u{7F}"), "x␡")
    }

    func testTruncationNeverSplitsClustersOrWideCharacters() {
        XCTAssertEqual(DisplayWidth.truncate("Hello world", to: 20), "Hello world")
        XCTAssertEqual(DisplayWidth.truncate("Hello world", to: 6), "Hello…")
        XCTAssertEqual(DisplayWidth.truncate("安全理事会", to: 6), "安全…")
        XCTAssertEqual(DisplayWidth.truncate("安全理事会", to: 5), "安全…")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.truncate("安全理事会", to: 4)), 3)
        XCTAssertEqual(DisplayWidth.truncate("Cafe\u{301} noir", to: 5), "Cafe\u{301}…")
        XCTAssertEqual(DisplayWidth.truncate("🌍🌍🌍", to: 4), "🌍…")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 0), "")
        XCTAssertEqual(DisplayWidth.fit("ab", to: 4), "ab  ")
        XCTAssertEqual(DisplayWidth.fit("安全理事会", to: 5), "安全…")
    }
}
