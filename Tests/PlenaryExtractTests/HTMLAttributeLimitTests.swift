import Foundation
@testable import PlenaryExtract
import XCTest

/// Issue 12, row 14: attributes are handled in linear time; a tag with 300,000 of them is
/// read (cut past the limit) instead of hanging libxml2.
final class HTMLAttributeLimitTests: XCTestCase {
    func testAttributesPastTheLimitAreCut() {
        let page = #"<p>x</p><div a=1 b="2 > x" c='3'  d e/><!-- <i q r s t> --><br>"#
        let (cut, tags) = HTMLAttributeLimit.apply(Array(page.utf8), limit: 3)
        XCTAssertEqual(tags, 1)
        XCTAssertEqual(String(decoding: cut, as: UTF8.self), #"<p>x</p><div a=1 b="2 > x" c='3'/><!-- <i q r s t> --><br>"#)
        let (same, none) = HTMLAttributeLimit.apply(Array(page.utf8), limit: 5)
        XCTAssertEqual(none, 0)
        XCTAssertEqual(same, Array(page.utf8))
    }

    /// A hang guard (the old reader took 1.6 s for 30,000 attributes and hung on 300,000).
    func testThreeHundredThousandAttributesAreReadQuickly() throws {
        let attributes = (0..<300_000).map { "a\($0)=\"v\"" }.joined(separator: " ")
        let page = "<html><body><div \(attributes)><p>The Council met on 3 March 2020.</p><p>It discussed peace.</p></div></body></html>"
        let start = Date()
        let blocks = try HTMLBlockReader.read(page)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
        XCTAssertEqual(blocks.map(\.text), ["The Council met on 3 March 2020.", "It discussed peace."])
    }
}

/// Issue 12, row 14: a paragraph without breaks longer than the limit is refused before the
/// recognisers run (a 50 MB one-line file took 16 s and 910 MB).
final class ParagraphLengthLimitTests: XCTestCase {
    func testAnEndlessLineIsRefusedWithAReason() throws {
        let words = ["peace", "security", "council", "delegation"]
        let line = "The Council met on 3 March 2020. " + (0..<240_000).map { words[$0 % 4] }.joined(separator: " ")
        XCTAssertGreaterThan(line.utf8.count, RawBlock.maximumLength)
        let start = Date()
        XCTAssertThrowsError(try Extractor().extract(Data(line.utf8), options: ExtractOptions(format: .text, force: true))) { error in
            guard case .paragraphTooLong(let bytes, let limit)? = error as? ExtractError else { return XCTFail("\(error)") }
            XCTAssertEqual(bytes, line.utf8.count)
            XCTAssertEqual(limit, RawBlock.maximumLength)
            XCTAssertTrue((error as! ExtractError).description.contains("without a paragraph break"))
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 2, "refused before the recognisers")
        // The same words in paragraphs are a document.
        let paragraphs =
            "The Council met on 3 March 2020.\n\n"
            + (0..<200).map { _ in (0..<50).map { words[$0 % 4] }.joined(separator: " ") + "." }.joined(separator: "\n\n")
        XCTAssertNoThrow(try Extractor().extract(Data(paragraphs.utf8), options: ExtractOptions(format: .text, force: true)))
    }
}
