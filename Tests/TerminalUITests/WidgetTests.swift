import XCTest
import TerminalUI

final class WidgetTests: XCTestCase {
    func testViewportKeepsSelectionVisible() {
        var v = ListViewport()
        v = v.moved(by: 12, count: 100, height: 10)
        XCTAssertEqual(v, ListViewport(selection: 12, offset: 3))
        v = v.moved(by: -5, count: 100, height: 10)
        XCTAssertEqual(v, ListViewport(selection: 7, offset: 3))
        v = v.moved(by: 1000, count: 100, height: 10)
        XCTAssertEqual(v, ListViewport(selection: 99, offset: 90))
        v = v.paged(-1, count: 100, height: 10)
        XCTAssertEqual(v, ListViewport(selection: 90, offset: 81))
        XCTAssertEqual(ListViewport(selection: 5, offset: 4).clamped(count: 0, height: 10), ListViewport())
        XCTAssertEqual(ListViewport(selection: 50, offset: 48).clamped(count: 60, height: 4), ListViewport(selection: 50, offset: 48))
    }

    func testListDrawsOnlyVisibleRowsWithSelectionBar() {
        var grid = Grid(size: Size(width: 12, height: 3))
        var asked: [Int] = []
        let row = ListWidget.render(
            into: &grid, rect: Rect(grid.size), count: 100_000,
            viewport: ListViewport(selection: 51, offset: 50)
        ) { i in
            asked.append(i)
            return StyledLine("row \(i) with a long tail")
        }
        XCTAssertEqual(asked, [50, 51, 52])
        XCTAssertEqual(row, 1)
        XCTAssertEqual(grid.text, "row 50 with…\nrow 51 with…\nrow 52 with…")
        XCTAssertEqual(grid.attributeMask, "\nSSSSSSSSSSSS\n")
    }

    func testPromptEditing() {
        var p = Prompt(prefix: ":", history: ["goto 3", "help"])
        for c in "goto 12" { _ = p.handle(.char(c)) }
        XCTAssertEqual(p.value, "goto 12")
        _ = p.handle(KeyEvent(.left))
        _ = p.handle(KeyEvent(.left))
        XCTAssertEqual(p.handle(.char("x")), .edited)
        XCTAssertEqual(p.value, "goto x12")
        _ = p.handle(KeyEvent(.home))
        XCTAssertEqual(p.handle(KeyEvent(.delete)), .edited)
        XCTAssertEqual(p.value, "oto x12")
        _ = p.handle(KeyEvent(.end))
        XCTAssertEqual(p.handle(.ctrl("w")), .edited)
        XCTAssertEqual(p.value, "oto ")
        XCTAssertEqual(p.handle(KeyEvent(.backspace)), .edited)
        XCTAssertEqual(p.value, "oto")
        XCTAssertEqual(p.handle(.ctrl("u")), .edited)
        XCTAssertEqual(p.value, "")
        XCTAssertEqual(p.handle(KeyEvent(.up)), .edited)
        XCTAssertEqual(p.value, "help")
        _ = p.handle(KeyEvent(.up))
        XCTAssertEqual(p.value, "goto 3")
        _ = p.handle(KeyEvent(.down))
        _ = p.handle(KeyEvent(.down))
        XCTAssertEqual(p.value, "")
        XCTAssertEqual(p.handle(KeyEvent(.backspace)), .cancelled, "Backspace on an empty prompt leaves it")
        XCTAssertEqual(p.handle(.char("a")), .edited)
        XCTAssertEqual(p.handle(KeyEvent(.enter)), .submitted("a"))
        XCTAssertEqual(p.handle(KeyEvent(.escape)), .cancelled)
    }

    func testPromptScrollsToKeepTheCursorVisible() {
        var grid = Grid(size: Size(width: 10, height: 1))
        let p = Prompt(prefix: "/", text: "ceasefire violations")
        let cursor = p.render(into: &grid, row: 0)
        XCTAssertEqual(cursor.y, 0)
        XCTAssertEqual(cursor.x, 8)
        XCTAssertTrue(grid.text.hasPrefix("/"))
        XCTAssertTrue(grid.text.hasSuffix("lations"))
    }

    func testStatusLineKeepsTheRightSide() {
        var grid = Grid(size: Size(width: 20, height: 1))
        StatusLine.render(into: &grid, row: 0, left: "a long message that will not fit", right: "3/17")
        XCTAssertEqual(grid.text, " a long messa… 3/17")
        XCTAssertEqual(grid.attributeMask, String(repeating: "s", count: 20))
    }

    func testTooSmallNoticeFits() {
        let grid = TooSmallNotice.render(size: Size(width: 20, height: 5), minimum: Size(width: 32, height: 8))
        XCTAssertTrue(grid.text.contains("Terminal too"))
        XCTAssertTrue(grid.text.contains("20x5"))
    }

    func testHelpOverlayListsEntries() {
        var grid = Grid(size: Size(width: 80, height: 10))
        HelpOverlay.render(
            into: &grid, title: "Keys",
            entries: [
                HelpEntry(keys: "j Down", name: "move-down", summary: "Next row"),
                HelpEntry(keys: "q", name: "quit", summary: "Quit"),
            ], offset: 0, footer: "Esc closes")
        XCTAssertTrue(grid.text.contains("j Down"))
        XCTAssertTrue(grid.text.contains("Next row (:move-down)"))
        XCTAssertTrue(grid.text.contains("Esc closes"))
        var narrow = Grid(size: Size(width: 40, height: 10))
        HelpOverlay.render(
            into: &narrow, title: "Keys", entries: [HelpEntry(keys: "q", name: "quit", summary: "Quit")], offset: 0, footer: "")
        XCTAssertTrue(narrow.text.contains("Quit"))
        XCTAssertFalse(narrow.text.contains("(:quit)"), "names give way to summaries on narrow screens")
    }

    func testKeyNotationRoundTrips() {
        for notation in ["j", "C-u", "M-Left", "S-Tab", "PgDn", "F1", "Space", "Enter", "Esc", "?", "C-M-x"] {
            XCTAssertEqual(KeyEvent(notation: notation)?.description, notation, notation)
        }
        XCTAssertNil(KeyEvent(notation: "Nope"))
        XCTAssertEqual(KeyEvent(notation: "S-Tab"), KeyEvent(.backTab))
    }

    func testThemeHonoursNoColor() {
        XCTAssertEqual(Theme.forTerminal(colors: 256, environment: ["NO_COLOR": "1"]).name, "monochrome")
        XCTAssertEqual(Theme.forTerminal(colors: 256, environment: ["NO_COLOR": ""]).name, "default")
        XCTAssertEqual(Theme.forTerminal(colors: 0, environment: [:]).name, "monochrome")
        for style in Style.allCases {
            let look = Theme.monochrome.appearance(style)
            XCTAssertEqual(look.foreground, .terminalDefault)
            XCTAssertEqual(look.background, .terminalDefault)
        }
        XCTAssertEqual(Theme.standard.appearance(.normal).background, .terminalDefault, "keeps the terminal's background")
    }
}
