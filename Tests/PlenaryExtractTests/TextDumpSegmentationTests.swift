@testable import PlenaryExtract
import XCTest

/// Text dumps of web pages (LABELLING §5): menus before the headline and sidebars after the
/// tags are dropped, each line of the body is a block, date and symbol lines are header lines.
final class TextDumpSegmentationTests: XCTestCase {
    func testOneSegmentFromHeadlineToTags() throws {
        let text = """
            Secretary-General Praises Regional Cooperation in Message to Forum



                  Skip to main content
            Home
            Secretary-General
            Latest
            Press Releases
            Meetings Coverage

            Press Release

            SG/SM/99999

            10 March 2023



            Secretary-General Praises Regional Cooperation in Message to Forum



            (Delayed in transmission.)
            Following are UN Secretary-General António Guterres’ remarks to the regional forum, in Doha on 9 March:
            Excellencies, it is a pleasure to join you today to celebrate what the countries of this region have achieved together over the past decade, in trade, in health and in the protection of those who remain most vulnerable to shocks.\u{00A0} 
            The region has shown what cooperation can achieve when all of its members act together, and the forum will carry that lesson to the conference in September, where every delegation will be asked to commit to concrete steps
            Thank you.



            Development
            Regional cooperation


            #FORUM5


            Highlights

            Annual Session of the Assembly

            New York, 21 Sep - 30 Dec 2022

            Daily Briefing

            6 October 2023
            The Humanitarian Coordinator visited the region today, less than a day after an attack that killed dozens of civilians.

            Latest Briefings

            For information media. Not an official record.
            """
        let segments = DocumentReader.segments(try DocumentReader.read(text, format: .text))
        XCTAssertEqual(segments.count, 1, "the teaser after the tags is no meeting")
        let s = try XCTUnwrap(segments.first)
        XCTAssertEqual(s.title, "Secretary-General Praises Regional Cooperation in Message to Forum")
        XCTAssertEqual(s.blocks.count, 4, "\(s.blocks.map(\.text))")
        guard s.blocks.count == 4 else { return }
        XCTAssertTrue(s.blocks[0].text.hasPrefix("Following are"))
        XCTAssertEqual(s.blocks[3].text, "Thank you.")
        XCTAssertTrue(s.headerLines.contains("10 March 2023"), "\(s.headerLines)")
        XCTAssertTrue(s.headerLines.contains("SG/SM/99999"), "\(s.headerLines)")
    }

    func testLabelUnderTheHeadlineIsNotTheTitle() throws {
        let text = """
            Statement of the President of the Commission and the Prime Minister of Ruritania

            Brussels, 15 November 2015

            STATEMENT/15/6088

            European Commission - Statement

            We strongly condemn the attacks and stand united in solidarity with the victims.

            We agreed today to deepen the relationship between our peoples and economies.

            Press contacts:
            """
        let s = try XCTUnwrap(DocumentReader.segments(try DocumentReader.read(text, format: .text)).first)
        XCTAssertEqual(s.title, "Statement of the President of the Commission and the Prime Minister of Ruritania")
        XCTAssertEqual(s.blocks.count, 2)
    }
}
