import Foundation
import PlenaryModel
@testable import PlenaryStore
import XCTest

/// Resolution texts kept in `catalog/texts/`: written once, unchanged for the same bytes,
/// replaced by another text of the symbol, a damaged file named.
final class ResolutionTextStoreTests: XCTestCase {
    func text(sha: String, operative: String = "Decides to remain seized of the matter.") -> ResolutionDocument {
        ResolutionDocument(
            symbol: "A/RES/80/10", title: "A title", adoptedBy: "General Assembly", date: "2025-11-26",
            preamble: [.init(number: nil, text: "Recalling its resolutions,")],
            operative: [.init(number: "1", text: operative, items: [.init(label: "a", text: "Item;")])],
            source: .init(file: "A_RES_80_10.md", sha256: sha, importedAt: "2026-01-01T00:00:00Z", extractor: "test"))
    }

    func testSaveReadUnchangedAndReplaced() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        XCTAssertNil(try store.resolutionText(symbol: "A/RES/80/10"))
        XCTAssertEqual(try store.saveResolutionText(text(sha: "aa")), .stored)
        let url = folder.url.appendingPathComponent("catalog/texts/A-RES-80-10.json")
        let written = try Data(contentsOf: url)
        XCTAssertEqual(try store.resolutionText(symbol: "A/RES/80/10"), text(sha: "aa"))
        XCTAssertEqual(try store.saveResolutionText(text(sha: "aa", operative: "Other words.")), .unchanged)
        XCTAssertEqual(try Data(contentsOf: url), written, "the same source bytes write nothing")
        XCTAssertEqual(try store.saveResolutionText(text(sha: "bb", operative: "Other words.")), .replaced)
        XCTAssertEqual(try store.resolutionText(symbol: "A/RES/80/10")?.operative.first?.text, "Other words.")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path).filter {
            $0.hasPrefix(".")
        }
        XCTAssertEqual(leftovers, [], "no temporary file left behind")
    }

    func testDamagedTextIsNamed() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        let url = folder.url.appendingPathComponent("catalog/texts/A-RES-80-10.json")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"format\": ".utf8).write(to: url)
        XCTAssertThrowsError(try store.resolutionText(symbol: "A/RES/80/10")) { error in
            XCTAssertTrue("\(error)".hasPrefix("catalog/texts/A-RES-80-10.json: not a resolution text"), "\(error)")
        }
    }

    func testCheckReportsDamagedAndMisplacedTexts() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url)
        XCTAssertEqual(try store.saveResolutionText(text(sha: "aa")), .stored)
        XCTAssertEqual(store.checkResolutionTexts().checked, 1)
        XCTAssertEqual(store.checkResolutionTexts().problems, [])
        let texts = folder.url.appendingPathComponent("catalog/texts")
        try FileManager.default.copyItem(
            at: texts.appendingPathComponent("A-RES-80-10.json"), to: texts.appendingPathComponent("A-RES-80-11.json"))
        try Data("[]".utf8).write(to: texts.appendingPathComponent("A-RES-80-12.json"))
        let problems = store.checkResolutionTexts().problems.map(\.description)
        XCTAssertEqual(problems.count, 2, "\(problems)")
        XCTAssertEqual(problems.first, "catalog/texts/A-RES-80-11.json: holds A/RES/80/10, which belongs in A-RES-80-10.json")
        XCTAssertTrue(problems.last?.hasPrefix("catalog/texts/A-RES-80-12.json: not a resolution text") == true, "\(problems)")
    }
}
