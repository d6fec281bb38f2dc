import Foundation
@testable import PlenaryBrowser
import PlenaryTestSupport
import XCTest

/// docs/keys.md is the action table written out; set PLENARY_UPDATE_DOCS=1 to rewrite it.
final class KeysDocumentTests: XCTestCase {
    static let file = PackageRoot.url.appendingPathComponent("docs/keys.md")

    func testKeysDocumentMatchesTheActionTable() throws {
        let expected = KeysDocument.markdown()
        if ProcessInfo.processInfo.environment["PLENARY_UPDATE_DOCS"] == "1" {
            try Data(expected.utf8).write(to: Self.file)
            return
        }
        let written = try String(contentsOf: Self.file, encoding: .utf8)
        XCTAssertEqual(written, expected, "docs/keys.md is stale: run PLENARY_UPDATE_DOCS=1 swift test --filter KeysDocumentTests")
    }

    func testEveryActionAndKeyIsDocumented() {
        let text = KeysDocument.markdown()
        for spec in ActionTable.standard.specs {
            XCTAssertTrue(text.contains("| `\(spec.name)` |"), spec.name)
            for key in spec.keys {
                XCTAssertTrue(text.contains("`\(key.description.replacingOccurrences(of: "|", with: "\\|"))`"), "\(key)")
            }
        }
    }
}
