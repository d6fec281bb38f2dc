import Foundation
@testable import PlenaryExtract
import PlenaryModel
import XCTest

/// Issue 11's general rules on documents written here: which texts report a meeting, the
/// meeting's date against the publication date, the people of readouts and their states.
final class MeetingRecognitionTests: XCTestCase {
    private func meetings(_ text: String, force: Bool = false) throws -> [Meeting] {
        try Extractor().extract(Data(text.utf8), options: ExtractOptions(force: force)).meetings
    }

    private func readout(date: String = "2023-09-21", url: String = "https://www.example.gov/briefing/readout", body: String) -> String {
        "---\ndate: '\(date)'\nsource_url: \(url)\ntitle: \"Readout of a Meeting\"\n---\n\n\(body)\n\n\\###\n"
    }

    // MARK: Which documents report a meeting

    func testABilateralReadoutIsAMeetingWithNoOrganisation() throws {
        let m = try XCTUnwrap(
            meetings(
                readout(body: "President Biden met today with President Nikos Christodoulides of Cyprus. The leaders discussed energy.")
            ).first)
        XCTAssertNil(m.organization)
        XCTAssertEqual(m.date, "2023-09-21")
        XCTAssertEqual(Set(m.attendance.compactMap(\.country)), ["USA", "CYP"])
    }

    func testAMessageForADayIsRefusedWithItsReasonAndKeptWithForce() throws {
        let text =
            "Secretary-General Marks World Food Day\n\n6 October 2023\n\nFollowing is UN Secretary-General António Guterres’ message on World Food Day, observed 16 October:\n\nWorld Food Day comes during a global food crisis.\n\nLet us act now.\n"
        XCTAssertThrowsError(try meetings(text)) { error in
            XCTAssertTrue("\(error)".contains("a message, not the record of a meeting"), "\(error)")
        }
        XCTAssertEqual(try meetings(text, force: true).count, 1)
    }

    func testWhatAnIntroductionSaysFollows() {
        func reason(_ intro: String) -> String? {
            MeetingEvidence.reasonForNoMeeting(
                title: TokenizedText("Headline"), blocks: [TokenizedText(intro), TokenizedText("Body text.")])
        }
        XCTAssertNotNil(reason("Following is the Secretary-General’s message for International Migrants Day, observed on 18 December:"))
        XCTAssertNotNil(reason("Following is the Secretary-General’s message on the thirtieth anniversary of a treaty, today:"))
        XCTAssertNotNil(reason("The following statement was issued today by the Spokesperson for the Secretary-General:"))
        XCTAssertNil(
            reason(
                "Following is the text of the Secretary-General’s video message for the international conference on reconstruction, in Paris today:"
            ))
        XCTAssertNil(
            reason(
                "Following are the Secretary-General’s remarks, as prepared for delivery, to a meeting with the Forum leaders, in New York today:"
            ))
        XCTAssertNil(
            reason(
                "Following is the Secretary-General’s video message for the national council for sustainable development, held in Berlin today:"
            ))
        // No introduction: a readout needs a gathering in its first blocks.
        XCTAssertNil(reason("The two leaders met today in Geneva."))
        XCTAssertNotNil(reason("Prices of wheat rose again this week."))
    }

    func testAStatementIssuedByASpokesmanIsNotAMeeting() throws {
        let text =
            "Secretary-General Saddened by Earthquake\n\n8 October 2023\n\nThe following statement was issued today by the Spokesman for UN Secretary-General António Guterres:\n\nThe Secretary-General is deeply saddened by the loss of life.\n"
        XCTAssertThrowsError(try meetings(text))
    }

    func testRemarksAtAnEventAreThatSpeakersSpeech() throws {
        let text =
            "Deputy Secretary-General Calls for New Approach\n\n10 March 2023\n\nFollowing are UN Deputy Secretary-General Amina Mohammed’s remarks at the closing press conference of the Conference, in Doha on 9 March:\n\nThe Conference has shown what can happen.\n\nWe need a new approach.\n\nThank you.\n"
        let m = try XCTUnwrap(meetings(text).first)
        XCTAssertEqual(m.date, "2023-03-09", "the date in the text, its year from the page's date line")
        let speaker = try XCTUnwrap(m.people.first { $0.name == "Amina Mohammed" })
        XCTAssertEqual(m.paragraphs.map(\.speakers), Array(repeating: [speaker.id], count: m.paragraphs.count))
    }

    // MARK: Dates

    func testRelativeWordsResolveAgainstThePublicationDate() throws {
        XCTAssertEqual(
            try meetings(readout(body: "Officials met last night with Prime Minister Sudani of Iraq to discuss energy.")).first?.date,
            "2023-09-20")
        XCTAssertEqual(
            try meetings(readout(body: "The President met yesterday with the Prime Minister of Iraq.")).first?.date, "2023-09-20")
        // 2023-09-21 is a Thursday: "on Monday" is the 18th, "will meet on Monday" the 25th.
        XCTAssertEqual(
            try meetings(readout(body: "The President met on Monday with the Prime Minister of Iraq.")).first?.date, "2023-09-18")
        XCTAssertEqual(
            try meetings(readout(body: "The President will meet on Monday with the Prime Minister of Iraq.")).first?.date, "2023-09-25")
    }

    func testAnAnnouncedMeetingTakesItsDateAndThePublicationsYear() throws {
        let m = try XCTUnwrap(
            meetings(readout(date: "2011-03-28", body: "The Minister will be attending the Fourth Ministerial Conference on 30th March."))
                .first)
        XCTAssertEqual(m.date, "2011-03-30")
    }

    func testADateOfSomethingDiscussedIsNotTheMeetingsDate() throws {
        let body = "The leaders recalled the partnership established on 12 November 2022 and met today to discuss its progress."
        XCTAssertEqual(try meetings(readout(date: "2023-09-06", body: body)).first?.date, "2023-09-06")
    }

    // MARK: People and delegations

    func testPeopleOfAReadoutAndTheirStates() throws {
        let body = """
            President Joseph R. Biden, Jr. met today with Estonian President Alar Karis, Prime Minister Fiala of the Czech Republic, \
            President Emmanuel Macron of France, Chancellor Olaf Scholz of Germany and the Presidents of Kazakhstan and Uzbekistan. \
            President Biden thanked them.
            """
        let m = try XCTUnwrap(meetings(readout(body: body)).first)
        func of(_ name: String) -> String? { m.people.first { $0.name == name }?.of }
        XCTAssertEqual(of("Joseph R. Biden, Jr."), "USA", "an unqualified post in a release of the .gov domain")
        XCTAssertEqual(of("Alar Karis"), "EST")
        XCTAssertEqual(of("Fiala"), "CZE")
        XCTAssertEqual(of("Emmanuel Macron"), "FRA")
        XCTAssertEqual(of("Olaf Scholz"), "DEU", "the next person of a list, not a second post of Macron's")
        XCTAssertEqual(Set(m.people.filter { $0.name == nil }.compactMap(\.of)), ["KAZ", "UZB"])
        XCTAssertFalse(m.people.contains { $0.name == "Biden" }, "the surname joins the full name despite the suffix")
        XCTAssertEqual(Set(m.attendance.compactMap(\.country)), ["USA", "EST", "CZE", "FRA", "DEU", "KAZ", "UZB"])
    }

    func testParticipantListItemsAndGroupSentences() throws {
        let body = """
            Today, President Biden convened the Forum. The President was joined by Leaders from Argentina and Japan.

            - President Alberto Fernandez, Argentine Republic
            - Prime Minister Dr. Yoshihide Suga of Japan
            - Secretary General of CARICOM Dr. Carla Barnett
            """
        let m = try XCTUnwrap(meetings(readout(body: body)).first)
        let fernandez = try XCTUnwrap(m.people.first { $0.name == "Alberto Fernandez" })
        XCTAssertEqual(fernandez.of, "ARG")
        let suga = try XCTUnwrap(m.people.first { $0.name == "Yoshihide Suga" })
        XCTAssertEqual(suga.of, "JPN")
        XCTAssertEqual(suga.honorifics, ["Dr."])
        XCTAssertEqual(m.people.first { $0.name == "Carla Barnett" }?.of, "CARICOM")
        // The group sentence of block 1 reports both leaders named later; no unnamed stand-ins remain.
        XCTAssertTrue(m.paragraphs[0].speakers.contains(fernandez.id))
        XCTAssertTrue(m.paragraphs[0].speakers.contains(suga.id))
        XCTAssertFalse(m.people.contains { $0.name == nil })
    }

    func testAListedParticipantWithATitleTheGazetteerDoesNotKnow() throws {
        let body = """
            Today, President Biden convened the Forum with leaders.

            - Union Cabinet Minister of Labour and Employment, Environment, Forest and Climate Change Bhupender Yadav, India
            - President Moon Jae-in, Republic of Korea
            """
        let m = try XCTUnwrap(meetings(readout(body: body)).first)
        XCTAssertEqual(m.people.first { $0.name == "Bhupender Yadav" }?.of, "IND")
        XCTAssertEqual(m.people.first { $0.name == "Moon Jae-in" }?.of, "KOR")
    }

    func testAnUnnamedHolderOfThePublishersPostAndTheFrontMatterTitle() throws {
        let text =
            "---\ndate: '2024-06-14'\nsource_url: https://www.gov.uk/government/news/pm-meeting\ntitle: \"PM meeting with the President\"\n---\n\n"
            + "The Prime Minister met with Joe Biden, President of the United States, at the Summit today.\n\n"
            + "The Prime Minister and President Biden discussed trade.\n\nThey agreed to meet again.\n"
        let m = try XCTUnwrap(meetings(text).first)
        XCTAssertEqual(m.title, "PM meeting with the President", "no headline in the body: the front matter's title")
        let pm = try XCTUnwrap(m.people.first { $0.name == nil && $0.role == "Prime Minister" })
        XCTAssertEqual(pm.of, "GBR", "the publishing government's unnamed Prime Minister")
        let biden = try XCTUnwrap(m.people.first { $0.name == "Joe Biden" })
        XCTAssertEqual(biden.of, "USA")
        XCTAssertEqual(m.paragraphs.map(\.speakers), [[biden.id, pm.id], [biden.id, pm.id], []])
        XCTAssertEqual(Set(m.attendance.compactMap(\.country)), ["GBR", "USA"])
    }

    func testNamesUnderAPluralPost() throws {
        let m = try XCTUnwrap(
            meetings(
                readout(
                    body:
                        "President Biden met the leaders today, joined by Presidents Klaus Iohannis of Romania and Andrzej Duda of Poland.")
            ).first)
        XCTAssertEqual(m.people.first { $0.name == "Klaus Iohannis" }?.of, "ROU")
        XCTAssertEqual(m.people.first { $0.name == "Andrzej Duda" }?.of, "POL")
    }

    func testTheHeadlinesPeopleAndAFirstPersonAuthor() throws {
        let text =
            "---\ndate: \"2002-12-23\"\ncreators:\n  - \"Downer, Alexander\"\n  - \"Liberal Party of Australia\"\nsource_url: http://parlinfo.aph.gov.au/display\n---\n\nTalks with New Zealand\n\nI visited New Zealand from 20 to 22 December for talks with the Minister of Foreign Affairs of New Zealand, Phil Goff.\n\nThe discussions covered trade.\n\nI also briefed Mr Goff on my visit.\n"
        let m = try XCTUnwrap(meetings(text).first)
        XCTAssertEqual(m.date, "2002-12-20")
        let author = try XCTUnwrap(m.people.first { $0.name == "Alexander Downer" })
        XCTAssertEqual(author.of, "AUS", "the publishing government (.au)")
        XCTAssertEqual(m.paragraphs.filter { $0.speakers.contains(author.id) }.map(\.index), [1, 3])
    }

    // MARK: Citations and small tables

    func testCouncilResolutionsWithoutAYearTakeTheirYearOfAdoption() throws {
        let m = try XCTUnwrap(
            meetings(readout(body: "The officials met today and recalled UNSCR 833 and United Nations Security Council Resolution 1701."))
                .first)
        XCTAssertEqual(m.paragraphs[0].citations.compactMap(\.symbol), ["S/RES/833 (1993)", "S/RES/1701 (2006)"])
        XCTAssertEqual(SecurityCouncilYears.year(of: 2593), 2021)
        XCTAssertEqual(SecurityCouncilYears.year(of: 1), 1946)
        XCTAssertNil(SecurityCouncilYears.year(of: 9000))
    }

    func testPostsWrittenBeforeNamesInAListAndYearLikeResolutionNumbers() throws {
        let text = """
            Trilateral Dialogue Joint Statement

            Media Note
            Office of the Spokesperson
            Washington, DC
            October 4, 2013

            The Minister for Foreign Affairs of Australia, Julie Bishop, the Foreign Minister of Japan, Fumio Kishida, and the Secretary of State of the United States, John Kerry, met in Bali on October 4, 2013 for the fifth ministerial meeting.

            They called on North Korea to comply with UN Security Council resolutions 1718, 1874, 2087, and 2094.
            """
        let m = try XCTUnwrap(meetings(text).first)
        XCTAssertEqual(m.title, "Trilateral Dialogue Joint Statement", "not the label or the issuing office under it")
        XCTAssertEqual(m.people.first { $0.name == "Julie Bishop" }?.of, "AUS", "not the next person's Japan")
        XCTAssertEqual(m.people.first { $0.name == "Fumio Kishida" }?.of, "JPN")
        XCTAssertEqual(m.people.first { $0.name == "John Kerry" }?.of, "USA")
        XCTAssertEqual(
            m.paragraphs[1].citations.compactMap(\.symbol),
            ["S/RES/1718 (2006)", "S/RES/1874 (2009)", "S/RES/2087 (2013)", "S/RES/2094 (2013)"])
    }

    func testPublisherCountryFromTheSourceAddress() {
        XCTAssertEqual(PublisherCountry.code(forSourceURL: "https://bidenwhitehouse.archives.gov/briefing-room/x"), "USA")
        XCTAssertEqual(PublisherCountry.code(forSourceURL: "http://parlinfo.aph.gov.au/parlInfo/x"), "AUS")
        XCTAssertEqual(PublisherCountry.code(forSourceURL: "https://www.regeringen.se/uttalanden"), "SWE")
        XCTAssertNil(PublisherCountry.code(forSourceURL: "https://press.un.org/en/2023/sgsm21723.doc.htm"))
        XCTAssertNil(PublisherCountry.code(forSourceURL: "https://example.io/x"), "a country domain sold as a generic name")
        XCTAssertNil(PublisherCountry.code(forSourceURL: nil))
    }
}
