import XCTest
import TerminalUI

final class GridTests: XCTestCase {
    func testWideCharactersTakeTwoCellsAndReadBackOnce() {
        var grid = Grid(size: Size(width: 10, height: 2))
        let written = grid.put("a安b", x: 0, y: 0, style: .title)
        XCTAssertEqual(written, 4)
        XCTAssertEqual(grid[1, 0].width, 2)
        XCTAssertTrue(grid[2, 0].isContinuation)
        XCTAssertEqual(grid.text(row: 0), "a安b      ")
        XCTAssertEqual(grid.attributeMask.split(separator: "\n", omittingEmptySubsequences: false).first, "TTTT")
    }

    func testWideCharacterAtTheEdgeBecomesASpace() {
        var grid = Grid(size: Size(width: 5, height: 1))
        grid.put("abcd安", x: 0, y: 0, style: .normal)
        XCTAssertEqual(grid.text, "abcd")
        grid.put("xy安z", x: 0, y: 0, style: .normal, limit: 3)
        XCTAssertEqual(grid.text(row: 0), "xy d ")
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("安全", x: 0, y: 0, style: .normal)
        grid.put("x", x: 1, y: 0, style: .normal)
        XCTAssertEqual(grid.text(row: 0), " x全  ")
        grid.put("y", x: 2, y: 0, style: .normal)
        XCTAssertEqual(grid.text(row: 0), " xy   ")
    }

    func testCombiningMarksJoinThePreviousCell() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("e\u{301}\u{1B}x", x: 0, y: 0, style: .normal)
        XCTAssertEqual(grid[0, 0].text, "e\u{301}")
        XCTAssertEqual(grid[1, 0].text, "␛")
        XCTAssertEqual(grid.text, "e\u{301}␛x")
    }

    func testStyledLinesAndRestyle() {
        var grid = Grid(size: Size(width: 8, height: 1))
        var line = StyledLine("ab", .link)
        line.append("cd", .match)
        grid.put(line, x: 1, y: 0)
        XCTAssertEqual(grid.attributeMask, " LLmm")
        grid.restyle(Rect(x: 0, y: 0, width: 8, height: 1), style: .selection)
        XCTAssertEqual(grid.attributeMask, "SSSSSSSS")
        XCTAssertEqual(grid.text, " abcd")
    }

    func testStyledLineTruncation() {
        let line = StyledLine([StyledRun("Title ", .title), StyledRun("安全理事会", .link)])
        let cut = line.truncated(to: 9)
        XCTAssertEqual(cut.plainText, "Title 安…")
        XCTAssertEqual(cut.width, 9)
    }
}
