@testable import PlenaryExtract
import XCTest

/// OCR releases (LABELLING §5 "OCR text"): chunks between blank lines, repaired for page breaks,
/// run-in headlines, run-together bullets, run-in footers and line-end hyphenation.
final class OCRBlockRepairTests: XCTestCase {
    func segment(_ text: String) throws -> DocumentSegment {
        let segments = DocumentReader.segments(try DocumentReader.read(text, format: .text))
        XCTAssertEqual(segments.count, 1)
        return try XCTUnwrap(segments.first)
    }

    func testReleaseWithRunInHeadlinePageBreakAndFooter() throws {
        let text = """
            ---
            title: "Joint statement with the President"
            date: "2012-04-10"
            ---

             PRIME MINISTER \u{0020}

             \u{00A0}

             JOINT STATEMENT WITH THE PRESIDENT OF RURITANIA  \u{00A0}  Prime Minister Smith today welcomed President Jones to Australia, the first visit by a President of Ruritania. \u{0020}

             The two leaders discussed trade, and the President thanked the Prime Minister for the cooperation between \u{0020}

             2 \u{0020}

             Ruritania and Australia. \u{0020}

             The leaders agreed to meet again next year in Ruritania.   Media inquiries: Press Office 02 6277 7744 \u{0020}
            """
        let s = try segment(text)
        XCTAssertEqual(s.title, "JOINT STATEMENT WITH THE PRESIDENT OF RURITANIA")
        XCTAssertEqual(s.metadata.published, "2012-04-10")
        XCTAssertEqual(s.blocks.count, 3)
        XCTAssertTrue(s.blocks[0].text.hasPrefix("Prime Minister Smith today"))
        XCTAssertTrue(s.blocks[1].text.hasSuffix("cooperation between Ruritania and Australia."), s.blocks[1].text)
        XCTAssertEqual(s.blocks[2].text, "The leaders agreed to meet again next year in Ruritania.")
    }

    func testDatelineRunIntoHeadlineIsAHeaderLine() throws {
        let text = """
             JOINT STATEMENT

             SUB-REGIONAL MEETING ON BORDER SECURITY  Manado-Indonesia, 29 July 2017

             1. On 29 July 2017 ministers from Australia and Indonesia met in Manado.

             2. The meeting was co-hosted by the two ministers.
            """
        let s = try segment(text)
        XCTAssertEqual(s.title, "SUB-REGIONAL MEETING ON BORDER SECURITY")
        XCTAssertTrue(s.headerLines.contains("Manado-Indonesia, 29 July 2017"), "\(s.headerLines)")
        XCTAssertEqual(s.blocks.map(\.number), ["1", "2"])
    }

    func testHeadlineOnTwoHeaderLinesIsJoined() throws {
        let text = """
             MEDIA RELEASE

             JOINT COMMUNIQUE OF THE FOREIGN MINISTERS OF

             AUSTRALIA AND NEW ZEALAND

             The Foreign Ministers of Australia and New Zealand met in Wellington on 3 May 2004 and discussed the region.
            """
        let s = try segment(text)
        XCTAssertEqual(s.title, "JOINT COMMUNIQUE OF THE FOREIGN MINISTERS OF AUSTRALIA AND NEW ZEALAND")
        XCTAssertEqual(s.blocks.count, 1)
        // Two stacked headlines, the second not continuing the first, stay apart.
        XCTAssertFalse(OCRBlockRepair.continuesHeadline("ORGANISATION OF ISLAMIC COOPERATION", "FINAL COMMUNIQUE"))
    }

    func testBulletsRunTogetherAreOneBlockEach() {
        XCTAssertEqual(
            OCRBlockRepair.splitBullets("Ministers agreed to:  • hold a dialogue.  • share data."),
            ["Ministers agreed to:", "hold a dialogue.", "share data."])
        XCTAssertEqual(OCRBlockRepair.splitBullets("â¢ Ministers met. â¢ Ministers agreed."), ["Ministers met.", "Ministers agreed."])
        XCTAssertEqual(
            OCRBlockRepair.splitBullets("- Ministers welcomed the plan. - Ministers agreed to meet."),
            ["Ministers welcomed the plan.", "Ministers agreed to meet."])
        // A dash inside prose is punctuation, not a bullet.
        XCTAssertEqual(OCRBlockRepair.splitBullets("The talks - long and frank - ended."), ["The talks - long and frank - ended."])
    }

    func testRunningHeaderPrintedAgainIsDropped() throws {
        let text = """
             THE HON ALEXANDER SMITH MP MINISTER FOR FOREIGN AFFAIRS OF THE COMMONWEALTH OF AUSTRALIA

             TALKS WITH THE FOREIGN MINISTER OF RURITANIA

             The Foreign Minister of Ruritania and I met in Canberra on 3 May 2004 to discuss trade.

             3

             THE HON ALEXANDER SMITH MP MINISTER FOR FOREIGN AFFAIRS OF THE COMMONWEALTH OF AUSTRALIA

             We agreed to meet again in Ruritania next year.
            """
        let s = try segment(text)
        XCTAssertEqual(s.title, "TALKS WITH THE FOREIGN MINISTER OF RURITANIA")
        XCTAssertEqual(
            s.blocks.map(\.text),
            [
                "The Foreign Minister of Ruritania and I met in Canberra on 3 May 2004 to discuss trade.",
                "We agreed to meet again in Ruritania next year.",
            ])
    }

    func testFooterRunIntoTheLastParagraph() {
        XCTAssertEqual(
            OCRBlockRepair.splitFooter("The leaders agreed to meet again next year.   PRESS OFFICE (02) 6277 7744"),
            ["The leaders agreed to meet again next year.", "PRESS OFFICE (02) 6277 7744"])
        // "express our" holds "press o…", and a press conference mid-sentence is prose.
        let prose = "I express our thanks to the host. We spoke at a press conference in the evening and the media covered it."
        XCTAssertEqual(OCRBlockRepair.splitFooter(prose), [prose])
    }

    func testPageNumbersAndHyphenation() {
        XCTAssertTrue(OCRBlockRepair.isPageNumber("2"))
        XCTAssertTrue(OCRBlockRepair.isPageNumber("- 3 -"))
        XCTAssertFalse(OCRBlockRepair.isPageNumber("2017"))
        XCTAssertEqual(PlainTextBlockReader.joinLines("closer co-", "operation"), "closer cooperation")
        XCTAssertEqual(PlainTextBlockReader.joinLines("the Asia-", "Pacific"), "the Asia-Pacific")
        XCTAssertEqual(PlainTextBlockReader.joinLines("the talks", "ended"), "the talks ended")
    }

    func testNoJoinAfterAFinishedSentenceOrAHeadline() {
        XCTAssertFalse(
            OCRBlockRepair.continuesAcrossBreak(String(repeating: "The leaders met and agreed on trade. ", count: 3), "they left."))
        XCTAssertFalse(OCRBlockRepair.continuesAcrossBreak("TRILATERAL MEETING IN BALI", "on 26 February"))
    }
}
