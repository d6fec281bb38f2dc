import PlenaryModel
@testable import PlenaryBrowser
import TerminalUI
import XCTest

/// Text from documents is data: escape sequences and control characters in a paragraph
/// must reach the screen as visible, inert symbols.
final class HostileTextTests: XCTestCase {
    func testEscapeSequencesRenderHarmlessly() {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 33, height: 9)] {
            var state = Fixtures.meetingState(Fixtures.multilingual, size: size)
            _ = Reducer().reduce(&state, .action(.goto(2)))
            let grid = Renderer().render(state).grid
            for y in 0..<grid.height {
                for x in 0..<grid.width {
                    for scalar in grid[x, y].text.unicodeScalars {
                        let v = scalar.value
                        XCTAssertFalse(v < 0x20 || (v >= 0x7F && v <= 0x9F), "raw control U+\(String(v, radix: 16)) at \(x),\(y) (\(size))")
                        XCTAssertFalse((0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v), "bidi control at \(x),\(y)")
                    }
                }
            }
            XCTAssertTrue(grid.text.contains("␛["), "escape shown as a symbol at \(size)")
        }
    }

    /// `y` and `Y` on the hostile paragraph: the clipboard gets visible symbols, never ESC,
    /// BEL, BS, NUL, CR, C1 or a bidi override (a pasted paragraph cannot drive a shell).
    func testYankCopiesNoControlCharacter() {
        for key in ["y", "Y"] {
            // Small enough that paragraph 2 is the first one on screen after going to it.
            var state = Fixtures.meetingState(Fixtures.multilingual, size: Size(width: 40, height: 8))
            _ = Reducer().reduce(&state, .action(.goto(2)))
            let effects = Reducer().reduce(&state, .key(.char(Character(key))))
            guard case .copy(let text)? = effects.first else { return XCTFail("\(key) copied nothing") }
            XCTAssertTrue(text.contains("escape sequences"), text)
            XCTAssertTrue(text.contains("␛[2J"), "escapes shown as symbols: \(text)")
            for scalar in text.unicodeScalars where scalar != "\n" {
                let v = scalar.value
                XCTAssertFalse(v < 0x20 || (v >= 0x7F && v <= 0x9F), "raw control U+\(String(v, radix: 16)) copied by \(key)")
                XCTAssertFalse((0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v), "bidi control copied by \(key)")
            }
        }
    }

    func testWideCharactersNeverOverflowARow() {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 31, height: 8)] {
            let state = Fixtures.meetingState(Fixtures.multilingual, size: size)
            let grid = Renderer().render(state).grid
            for y in 0..<grid.height {
                XCTAssertEqual(DisplayWidth.of(grid.text(row: y)), grid.width, "row \(y) at \(size)")
            }
        }
    }
}
