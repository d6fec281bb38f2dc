import Foundation
import XCTest
import NcursesTerminal
import TerminalUI

/// Drives real ncurses with `newterm` on /dev/null: the screen lives in ncurses' memory and
/// is read back cell by cell, so wide characters are checked where they matter.
final class NcursesTerminalTests: XCTestCase {
    func testDrawsAndReadsBackWideCharacters() throws {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.headless(terminalType: "xterm-256color", size: Size(width: 40, height: 5))
        } catch {
            throw XCTSkip("SKIP: ncurses cannot start an xterm-256color screen here: \(error)")
        }
        defer { terminal.end() }
        XCTAssertEqual(terminal.size, Size(width: 40, height: 5))

        var grid = Grid(size: terminal.size)
        grid.put("安全理事会 Café 🌍 ok", x: 0, y: 0, style: .title)
        grid.put("e\u{301}x \u{1B}[31mred", x: 2, y: 1, style: .link)
        grid.put("abc安", x: 36, y: 2, style: .normal)  // wide character cut at the edge
        terminal.draw(Frame(grid: grid, cursor: Position(x: 0, y: 0)))

        XCTAssertEqual(terminal.text(row: 0).trimmingTrailingSpaces, "安全理事会 Café 🌍 ok")
        XCTAssertEqual(terminal.text(row: 1).trimmingTrailingSpaces, "  e\u{301}x ␛[31mred")
        XCTAssertEqual(terminal.text(row: 2).trimmingTrailingSpaces, String(repeating: " ", count: 36) + "abc")
        XCTAssertEqual(terminal.text(row: 0).count, grid.text(row: 0).count, "same clusters as the grid")

        // Redrawing a different frame replaces every cell.
        terminal.draw(Frame(grid: Grid(size: terminal.size)))
        XCTAssertEqual(terminal.text(row: 0).trimmingTrailingSpaces, "")
    }

    /// Key bytes as an xterm in keypad-transmit mode sends them, decoded by ncurses' keypad and `get_wch`.
    func testDecodesKeys() throws {
        let bytes = "j\u{1B}OA\u{1B}OB\u{1B}[5~\u{1B}[6~\u{1B}OH\u{1B}OF\u{1B}OP\u{1B}[Z\u{15}\r\t\u{7F}é安\u{1B}x\u{1B}[1;3D"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-keys-\(UUID().uuidString)").path
        try Data(bytes.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.headless(terminalType: "xterm-256color", size: Size(width: 20, height: 5), inputPath: path)
        } catch {
            throw XCTSkip("SKIP: ncurses cannot start an xterm-256color screen here: \(error)")
        }
        defer { terminal.end() }
        var events: [String] = []
        while let event = terminal.nextEvent(timeoutMilliseconds: 100) {
            if event.key != .resize { events.append(event.description) }  // resizeterm queues one
        }
        XCTAssertEqual(
            events,
            [
                "j", "Up", "Down", "PgUp", "PgDn", "Home", "End", "F1", "S-Tab", "C-u", "Enter", "Tab",
                "Backspace", "é", "安", "M-x", "M-Left",
            ])
    }

    func testUnknownTerminalTypeIsAClearError() {
        XCTAssertThrowsError(try NcursesTerminal.headless(terminalType: "no-such-terminal-xyz", size: Size(width: 10, height: 5))) {
            error in
            XCTAssertTrue("\(error)".contains("no-such-terminal-xyz"), "\(error)")
        }
    }

    func testEnvironmentProblemsAreNamed() {
        // Under `swift test` standard input is rarely a terminal; either way a reason is given
        // for an unset or dumb TERM.
        XCTAssertNotNil(TerminalEnvironment.problem(environment: [:]))
        XCTAssertNotNil(TerminalEnvironment.problem(environment: ["TERM": "dumb"]))
        XCTAssertNotNil(TerminalEnvironment.problem(environment: ["TERM": "no-such-terminal-xyz"]))
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
