@testable import PlenaryBrowser
import TerminalUI
import XCTest

/// config.toml: rebinding and unbinding by action name, the theme, and bad lines reported
/// with their number while the rest still applies.
final class BrowserConfigTests: XCTestCase {
    func testRebindUnbindAndTheme() {
        let config = BrowserConfig.parse(
            """
            theme = "monochrome"

            [keys]
            quit = ["Q", "C-q"]
            timeline = "T"
            pager = []
            """)
        XCTAssertEqual(config.problems, [])
        XCTAssertEqual(config.theme?.name, Theme.monochrome.name)
        XCTAssertEqual(config.actions.action(for: .ctrl("q"), on: .meetings), .quit)
        XCTAssertNil(config.actions.action(for: .ctrl("c"), on: .meetings), "C-c no longer quits")
        XCTAssertEqual(config.actions.action(for: .char("T"), on: .meeting), .timeline)
        XCTAssertNil(config.actions.action(for: .char("t"), on: .meeting))
        XCTAssertNil(config.actions.action(for: .char("e"), on: .meeting), "unbound")
        XCTAssertEqual(config.actions.command("pager", on: .meeting), .success(.openInPager), "still reachable by name")
        XCTAssertTrue(config.actions.helpEntries(for: .meeting).contains { $0.name == "timeline" && $0.keys == "T" }, "help follows")
    }

    func testBadLinesAreNamedAndTheRestApplies() {
        let config = BrowserConfig.parse(
            """
            theme = "sepia"
            [keys]
            qiut = "x"
            timeline = "Ctrl+T"
            yank = 3
            top = "Home"
            """)
        XCTAssertEqual(
            config.problems.sorted(),
            [
                "config.toml line 1: unknown theme “sepia” (default, monochrome)",
                "config.toml line 3: unknown action “qiut” (docs/keys.md lists them)",
                "config.toml line 4: “Ctrl+T” is not a key (write e.g. \"x\", \"C-x\", \"M-Left\", \"F5\")",
                "config.toml line 5: keys of yank must be a string or a list of strings",
            ].sorted())
        XCTAssertNil(config.theme)
        XCTAssertEqual(config.actions.action(for: .char("t"), on: .meeting), .timeline, "defaults kept for a bad line")
        XCTAssertEqual(config.actions.action(for: .char("y"), on: .meeting), .yank)
        XCTAssertNil(config.actions.action(for: .char("g"), on: .meeting), "the good line applied")
        XCTAssertEqual(config.actions.action(for: KeyEvent(.home), on: .meeting), .top)
    }

    func testSyntaxErrorKeepsTheDefaults() {
        let config = BrowserConfig.parse("[keys]\nquit = [\"Q\"\n")
        XCTAssertEqual(config.problems.count, 1)
        XCTAssertTrue(config.problems[0].hasPrefix("config.toml line "), config.problems[0])
        XCTAssertTrue(config.problems[0].hasSuffix("; using the defaults"), config.problems[0])
        XCTAssertEqual(config.actions.action(for: .char("q"), on: .meeting), .back)
    }

    func testLocation() {
        XCTAssertEqual(BrowserConfig.location(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])?.path, "/x/plenary/config.toml")
        XCTAssertEqual(BrowserConfig.location(environment: ["HOME": "/h"])?.path, "/h/.config/plenary/config.toml")
        XCTAssertNil(BrowserConfig.location(environment: [:]))
    }
}

/// A finding of `scripts/fuzz` (scripts/fuzz.d/findings/config/): a NUL byte in a key made
/// the TOML parser abort the program; control characters now refuse the file with its line.
final class BrowserConfigFuzzFindingTests: XCTestCase {
    func testControlCharactersAreRefusedWithTheirLine() {
        let config = BrowserConfig.parse("theme = \"monochrome\"\n[+eys]\u{0}\u{0}\u{0}\nqr = []\n")
        XCTAssertEqual(config.problems, ["config.toml line 2: control character U+0000 is not allowed; using the defaults"])
        XCTAssertNil(config.theme)
    }

    /// `[= …]` made the TOML parser assert (abort) instead of reporting the line.
    func testMalformedKeysAndHeadersAreRefusedWithTheirLine() {
        for (text, line) in [
            ("theme = \"monochrome\"\n[= [\"y\", \"M-y\"]\n", 2), ("[keys]\n= \"q\"\n", 2), ("a b = 1\n", 1), ("[keys\n", 1),
            ("[keys]\nqr = [}\n", 2), ("[keys]\nyank = [\n \"y\",\n}\n", 4),
            // A fence inside a one-line string hid the bad header after it (toml++ asserted).
            ("vh = \"a''''b\"\n[\n", 2), ("t = 'x\"\"\"'\n[=]\n", 2), ("t = \"open\n", 1), ("a = 1\r\n[\r\n", 2),
        ] {
            XCTAssertEqual(
                BrowserConfig.parse(text).problems,
                ["config.toml line \(line): not a `key = value` line or a [table] header; using the defaults"], text)
        }
        // Valid files pass the check: arrays over several lines, quoted and dotted keys, comments.
        for text in [
            "[keys]\nquit = [\n  \"Q\",\n  \"C-q\",\n]\n", "\"theme\" = \"default\" # c\n", "[keys]\n# x = [\npager = []\n",
            "[keys]\nyank = [\"\\\"}\", '\\']\n",
            "t = \"\"\"\nmulti [ line\n\"\"\"\n[keys]\n", "t = '''\n[ raw\n'''\nx = 1\r\ny = 2\r\n",
        ] {
            XCTAssertNil(TOMLKeyCheck.firstBadLine(text), text)
        }
    }
}
