@testable import PlenaryExtract
import XCTest

/// YAML front matter as harvesters and pandoc write it, read into `DocumentMetadata`.
final class FrontMatterTests: XCTestCase {
    func testDoubleQuotedTitleFoldedOverLinesWithEscapes() throws {
        let text = """
            ---
            date: '2021-05-10'
            published_time: 2021-05-10 13:30:02-04:00
            source_url: https://example.org/briefing/readout
            title: "Readout of the Minister\\u2019s Call with the Nine\\
              \\ Foreign\\_Ministers of the Region and\\_Others"
            ---
            Body text.
            """
        let split = try XCTUnwrap(FrontMatter.split(text))
        XCTAssertEqual(split.metadata.title, "Readout of the Minister’s Call with the Nine Foreign Ministers of the Region and Others")
        XCTAssertEqual(split.metadata.published, "2021-05-10")
        XCTAssertEqual(split.metadata.sourceURL, "https://example.org/briefing/readout")
        XCTAssertEqual(split.body, "Body text.")
    }

    func testLineBreakInQuotedValueIsASpace() throws {
        let text = "---\ntitle: \"A long headline\n  over two lines\"\n---\nx"
        XCTAssertEqual(FrontMatter.split(text)?.metadata.title, "A long headline over two lines")
    }

    func testCreatorsListSourceAndPublishedTimeFallback() throws {
        let text = """
            ---
            title: "Joint statement with the President"
            creators:
              - "Smith, Jane"
              - "Doe, John"
            source: "PRIME MINISTER"
            subjects:
            published_time: 2012-04-10T09:00:00Z
            ---

             PRIME MINISTER
            """
        let m = try XCTUnwrap(FrontMatter.split(text)).metadata
        XCTAssertEqual(m.creators, ["Smith, Jane", "Doe, John"])
        XCTAssertEqual(m.publisher, "PRIME MINISTER")
        XCTAssertEqual(m.published, "2012-04-10")
        XCTAssertEqual(m.title, "Joint statement with the President")
    }

    func testSingleQuotedAndPlainValues() throws {
        let m = try XCTUnwrap(FrontMatter.split("---\ntitle: 'It''s agreed'\nsource: Office of the Minister\n---\n")).metadata
        XCTAssertEqual(m.title, "It's agreed")
        XCTAssertEqual(m.publisher, "Office of the Minister")
        XCTAssertNil(m.published)
    }

    func testNotFrontMatter() {
        // A rule line over prose, and an unclosed fence, are text.
        XCTAssertNil(FrontMatter.split("---\nThe Council met today in Geneva and adopted the agenda.\n---\n"))
        XCTAssertNil(FrontMatter.split("---\ntitle: \"x\"\nno closing fence\n"))
        XCTAssertNil(FrontMatter.split("Headline\n---\ntitle: x\n---\n"))
    }

    func testEveryReadSegmentCarriesTheMetadata() throws {
        let text = """
            ---
            title: "Readout of the Leaders’ Meeting"
            date: '2023-09-21'
            ---

            The leaders met in Jakarta on 6 September 2023 and discussed the
            region's security and its economy.

            \\###
            """
        let read = try DocumentReader.read(text, format: .text)
        let segments = DocumentReader.segments(read)
        XCTAssertEqual(segments.count, 1)
        XCTAssertEqual(segments.first?.metadata.published, "2023-09-21")
        XCTAssertEqual(segments.first?.title, "Readout of the Leaders’ Meeting")
    }
}
