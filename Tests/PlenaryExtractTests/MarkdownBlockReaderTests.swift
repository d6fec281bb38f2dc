@testable import PlenaryExtract
import XCTest

/// Markdown blocks (LABELLING §5 "Markdown"): runs of lines between blank lines, one block per
/// list item, headings, sub-headings and end marks never blocks, inline markup removed.
final class MarkdownBlockReaderTests: XCTestCase {
    func segment(_ text: String) throws -> DocumentSegment {
        let segments = DocumentReader.segments(try DocumentReader.read(text, format: .text))
        XCTAssertEqual(segments.count, 1)
        return try XCTUnwrap(segments.first)
    }

    func testParagraphsListsAndEndMarkUnderFrontMatter() throws {
        let text = """
            ---
            title: "Readout of the Ministers\\u2019 Meeting"
            ---
            \u{00A0}
            The Minister met today with counterparts from the region to
            discuss trade. They agreed to meet again in 2029. One of the
            ministers offered to host the meeting.
            \u{00A0} \u{00A0}
            The Ministers that participated:

            -   Foreign Minister Ana Silva of
                Portugal
            -   Foreign Minister Jan Novak of the Czech Republic

            1.  **AGREE** to hold the next meeting in Lisbon;

            <!-- -->

            1.  **NOTE** the report \\[attached\\] of the group\\-of\\-friends;

            *****
            \\###
            """
        let s = try segment(text)
        XCTAssertEqual(s.title, "Readout of the Ministers’ Meeting")
        XCTAssertEqual(
            s.blocks.map(\.text),
            [
                "The Minister met today with counterparts from the region to discuss trade. They agreed to meet again in 2029. One of the ministers offered to host the meeting.",
                "The Ministers that participated:",
                "Foreign Minister Ana Silva of Portugal",
                "Foreign Minister Jan Novak of the Czech Republic",
                "AGREE to hold the next meeting in Lisbon;",
                "NOTE the report [attached] of the group-of-friends;",
            ])
        XCTAssertEqual(s.blocks.map(\.number), [nil, nil, nil, nil, "1", "1"])
    }

    func testHeadingsAndSubHeadingsAreNotBlocks() throws {
        let text = """
            # Joint Statement of the Defence Ministers

            The Ministers met in Oslo on 7 December 2022.

            ## Joint Statement, meeting in Oslo

            **<u>Efforts to maintain a free and open maritime order</u>**

            The Ministers reaffirmed their commitment to freedom of navigation.

            Maritime Cooperation

            The Ministers agreed to expand cooperation on maritime domain awareness. *\\###*
            """
        let s = try segment(text)
        XCTAssertEqual(s.title, "Joint Statement of the Defence Ministers")
        XCTAssertEqual(
            s.blocks.map(\.text),
            [
                "The Ministers met in Oslo on 7 December 2022.",
                "The Ministers reaffirmed their commitment to freedom of navigation.",
                "The Ministers agreed to expand cooperation on maritime domain awareness.",
            ])
    }

    func testTransitionLineWithColonIsABlock() throws {
        let text =
            "# Statement on Cooperation\n\nWE, the Leaders, met in Jakarta on 6 September 2023;\n\n**WE HEREBY** **COMMIT TO:**\n\n1.  **FULFILL** the goals;\n"
        XCTAssertEqual(
            try segment(text).blocks.map(\.text),
            ["WE, the Leaders, met in Jakarta on 6 September 2023;", "WE HEREBY COMMIT TO:", "FULFILL the goals;"])
    }

    func testDetection() {
        XCTAssertTrue(MarkdownBlockReader.looksLikeMarkdown("# Headline\n\nText.", hasFrontMatter: false))
        XCTAssertTrue(MarkdownBlockReader.looksLikeMarkdown("Text **bold** more.\n", hasFrontMatter: true))
        // Bold in a plain press release, or front matter over OCR lines, is not Markdown.
        XCTAssertFalse(MarkdownBlockReader.looksLikeMarkdown("**PRESS RELEASES**\n\nText.", hasFrontMatter: false))
        XCTAssertFalse(
            MarkdownBlockReader.looksLikeMarkdown(
                "\n PRIME MINISTER \n\n A long paragraph on one line that OCR wrote without wrapping it at all, as releases do. \n",
                hasFrontMatter: true))
    }

    func testInlineMarkup() {
        XCTAssertEqual(MarkdownInline.plain("the 11<sup>th</sup> **Summit** in *Jakarta*"), "the 11th Summit in Jakarta")
        XCTAssertEqual(MarkdownInline.plain("see [the report](https://example.org/r) and [this]{.underline}"), "see the report and this")
        XCTAssertEqual(MarkdownInline.plain("snake_case stays, _emphasis_ goes, 3 \\* 4"), "snake_case stays, emphasis goes, 3 * 4")
    }
}
