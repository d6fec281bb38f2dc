import SafeText
import XCTest

/// The one sanitiser: the payloads of issue 12's campaign (OSC 52 clipboard write, OSC 0
/// title, ESC c reset, C1 CSI, bidi overrides, NUL/BS/BEL/CR) never survive as controls.
final class SafeTextTests: XCTestCase {
    static let payloads: [String] = [
        "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}",  // OSC 52: write the clipboard
        "\u{1B}]0;pwned\u{07}",  // OSC 0: window title
        "\u{1B}c",  // RIS: reset the terminal
        "\u{1B}[2J\u{1B}[H",  // clear the screen, cursor home
        "\u{9B}31m\u{9D}0;x\u{9C}",  // C1 CSI, OSC, ST
        "\u{202E}txt.exe\u{202C}", "\u{2066}a\u{2069}", "\u{202A}\u{202B}\u{202D}",
        "NUL\u{0} BS\u{8} BEL\u{7} CR\r DEL\u{7F}",
        "line\u{2028}break\u{2029}",
    ]

    func testTerminalTextHoldsNoControlsAndShowsEscapes() {
        for payload in Self.payloads {
            for keeping in [false, true] {
                let safe = TerminalSafeText.make("before " + payload + " after", keepingNewlines: keeping)
                XCTAssertFalse(
                    TerminalSafeText.containsUnsafe(safe, allowingNewlines: keeping),
                    "\(payload.debugDescription) → \(safe.debugDescription)")
                XCTAssertTrue(safe.hasPrefix("before ") && safe.hasSuffix(" after"), safe)
                if !keeping { XCTAssertFalse(safe.contains("\n"), safe) }
            }
        }
        XCTAssertEqual(TerminalSafeText.make("a\u{1B}]0;t\u{07}b"), "a␛]0;t␇b")
        XCTAssertEqual(TerminalSafeText.make("x\u{9B}1m"), "x\u{FFFD}1m")
        XCTAssertEqual(TerminalSafeText.make("\u{202E}abc\u{202C}"), "abc")
        XCTAssertEqual(TerminalSafeText.make("a\tb\r\nc"), "a b  c")
        XCTAssertEqual(TerminalSafeText.make("a\r\nb\rc\n", keepingNewlines: true), "a\nb\nc\n")
    }

    func testCleanTextIsReturnedUnchanged() {
        for text in ["plain ASCII", "Côte d’Ivoire 安全理事会 🌍🌏 n\u{303}", "👩‍👩‍👧 family", "multi\nline"] {
            XCTAssertEqual(TerminalSafeText.make(text, keepingNewlines: true), text)
        }
        XCTAssertTrue(TerminalSafeText.isClean("安全 Côte"))
        XCTAssertFalse(TerminalSafeText.isClean("a\u{202E}b"))
    }

    /// `isClean` scans bytes; it must agree with the scalar-by-scalar rule on every scalar kind
    /// (ASCII, controls, C1, two-, three- and four-byte scalars, format characters), alone,
    /// in a substring and among clean text.
    func testByteScanAgreesWithTheScalarRule() {
        let samples: [Unicode.Scalar] = [
            "a", " ", "~", "\u{0}", "\t", "\n", "\r", "\u{1B}", "\u{7F}", "\u{80}", "\u{9B}", "\u{9F}",
            "\u{A0}", "é", "\u{200B}", "\u{200E}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{FEFF}",
            "’", "安", "\u{FFFD}", "🌍", "\u{E0001}", "\u{10FFFF}",
        ]
        for keeping in [false, true] {
            for scalar in samples {
                let expected = TerminalSafeText.replacement(for: scalar, keepingNewlines: keeping) == nil || (keeping && scalar == "\n")
                for text in [String(scalar), "Côte " + String(scalar) + " 安全", "plain " + String(scalar)] {
                    XCTAssertEqual(
                        TerminalSafeText.isClean(text, keepingNewlines: keeping), expected, "\(text.debugDescription) keeping \(keeping)")
                    XCTAssertEqual(TerminalSafeText.isClean(text.dropFirst(0), keepingNewlines: keeping), expected)
                }
            }
        }
    }

    /// Whatever the scan's stride, a scalar is judged by the rule at every offset of a run of
    /// ASCII text.
    func testWordScanFindsEveryScalarAtEveryOffset() {
        let samples: [Unicode.Scalar] = [
            "\u{0}", "\t", "\n", "\r", "\u{1B}", "\u{1F}", "\u{7F}", "\u{9B}", "é", "\u{202E}", "\u{FEFF}", "🌍", "~", " ",
        ]
        for keeping in [false, true] {
            for scalar in samples {
                let expected = TerminalSafeText.replacement(for: scalar, keepingNewlines: keeping) == nil || (keeping && scalar == "\n")
                for offset in 0..<24 {
                    let text = String(repeating: "a", count: offset) + String(scalar) + String(repeating: "b", count: 30 - offset)
                    XCTAssertEqual(
                        TerminalSafeText.isClean(text, keepingNewlines: keeping), expected,
                        "\(scalar.debugDescription) at \(offset), keeping \(keeping)")
                }
            }
        }
    }

    func testStoredTextDropsControlsEscapesAndBidiButKeepsLines() {
        XCTAssertEqual(StoredText.clean("a\u{1B}[31mred\u{1B}[0m b"), "ared b")
        XCTAssertEqual(StoredText.clean("t\u{1B}]0;pwned\u{07}x"), "tx")
        XCTAssertEqual(StoredText.clean("t\u{1B}]52;c;AAAA\u{1B}\\x"), "tx")
        XCTAssertEqual(StoredText.clean("t\u{9B}1mx\u{9C}"), "tx")
        XCTAssertEqual(StoredText.clean("r\u{202E}ev\u{202C} \u{2066}i\u{2069}"), "rev i")
        XCTAssertEqual(StoredText.clean("one\r\ntwo\rthree\n\tfour\u{0}\u{7F}"), "one\ntwo\nthree\n\tfour")
        XCTAssertEqual(StoredText.clean("cut \u{1B}\nnext"), "cut \nnext", "an escape never takes the line break")
        XCTAssertEqual(StoredText.cleanLine("topic\twith\nbreaks\u{1B}c"), "topic with breaks")
        for payload in Self.payloads {
            let stored = StoredText.clean(payload)
            XCTAssertFalse(TerminalSafeText.containsUnsafe(stored), "\(payload.debugDescription) → \(stored.debugDescription)")
        }
        XCTAssertTrue(StoredText.isClean("Côte d’Ivoire\n\t安全"))
        XCTAssertFalse(StoredText.isClean("\u{FEFF}bom"))
    }
}

extension SafeTextTests {
    /// Tables keep their tabs (`column -t -s $'\t'` reads the bench output); one-line text does not.
    func testTabsStayInMultiLineOutputOnly() {
        XCTAssertEqual(TerminalSafeText.make("query\tp50\n", keepingNewlines: true), "query\tp50\n")
        XCTAssertEqual(TerminalSafeText.make("query\tp50"), "query p50")
    }
}
