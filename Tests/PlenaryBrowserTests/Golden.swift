import Foundation
import PlenaryTestSupport
import TerminalUI
import XCTest

/// Compares a grid with `Goldens/<name>.txt` (the text) and `Goldens/<name>.mask` (one
/// style letter per column, see `Style.maskCharacter`). Set PLENARY_UPDATE_GOLDENS=1 to
/// write them after checking a change by eye.
enum Golden {
    static let folder = PackageRoot.url.appendingPathComponent("Tests/PlenaryBrowserTests/Goldens")

    static func check(_ grid: Grid, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let text = grid.text + "\n"
        let mask = grid.attributeMask + "\n"
        let textURL = folder.appendingPathComponent(name + ".txt")
        let maskURL = folder.appendingPathComponent(name + ".mask")
        if ProcessInfo.processInfo.environment["PLENARY_UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: textURL)
            try? Data(mask.utf8).write(to: maskURL)
            return
        }
        guard let expectedText = try? String(contentsOf: textURL, encoding: .utf8),
            let expectedMask = try? String(contentsOf: maskURL, encoding: .utf8)
        else {
            XCTFail("missing golden \(name); run with PLENARY_UPDATE_GOLDENS=1 and review it", file: file, line: line)
            return
        }
        XCTAssertEqual(text, expectedText, "screen text differs from \(name).txt", file: file, line: line)
        XCTAssertEqual(mask, expectedMask, "attribute mask differs from \(name).mask", file: file, line: line)
    }
}
