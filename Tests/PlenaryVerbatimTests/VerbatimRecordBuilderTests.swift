import PlenaryModel
import PlenaryVerbatim
import XCTest

final class VerbatimRecordBuilderTests: XCTestCase {
    /// A small fixed table instead of the gazetteer, so these tests check the builder alone.
    static let resolvers = VerbatimResolvers(
        delegation: { ["Russian Federation": "RUS", "Viet Nam": "VNM", "France": "FRA", "European Union": "EU"][$0] },
        citations: { text in
            guard let r = text.range(of: "2505 (2020)") else { return [] }
            let start = text.unicodeScalars.distance(
                from: text.unicodeScalars.startIndex, to: r.lowerBound.samePosition(in: text.unicodeScalars)!)
            return [
                Citation(symbol: "S/RES/2505 (2020)", surface: "2505 (2020)", start: start, end: start + 11, rule: "test", resolved: true)
            ]
        })

    static let catalog = Catalog(
        resolutions: [
            CatalogResolution(
                number: 2505, year: 2020, date: "2020-01-13", meetingRecord: "S/PV.8701", pressRelease: nil,
                topic: "The situation in the Middle East", vote: CatalogVote(text: "15-0-0"))
        ],
        meetings: [
            CatalogMeeting(
                record: "S/PV.8701", date: "2020-01-13", pressRelease: "SC/14075",
                topics: ["The situation in the Middle East"], outcomes: ["S/RES/2505 (2020)"], outcomeText: [])
        ])

    func testOneFilePerSpeechWithCatalogueDate() throws {
        let builder = VerbatimRecordBuilder(resolvers: Self.resolvers, catalog: Self.catalog)
        let meeting = try builder.meeting(
            parts: [
                "The President (spoke I thank Mr. Spleeters for his briefing. in French): I shall now make a statement in my capacity as the representative of Viet Nam. We agree.",
                "Mr. Nebenzia (Russian Federation) (spoke in Russian): The draft was adopted as resolution 2505 (2020).",
                "Mr. Nebenzia (Russian Federation): A second turn.",
            ], symbol: "S/PV.8701")
        XCTAssertEqual(meeting.date, "2020-01-13")
        XCTAssertEqual(meeting.title, "The situation in the Middle East")
        XCTAssertEqual(meeting.symbol, "S/PV.8701")
        XCTAssertEqual(meeting.body, "Security Council")
        XCTAssertEqual(meeting.statements.count, 3)
        XCTAssertEqual(meeting.people.map(\.id), ["president-vnm", "nebenzia-rus"])
        XCTAssertEqual(meeting.people[0].of, "VNM")
        XCTAssertEqual(meeting.people[0].role, "President")
        XCTAssertTrue(meeting.paragraphs[0].text.hasPrefix("I thank Mr. Spleeters for his briefing. I shall now"))
        XCTAssertEqual(meeting.statements[0].language, "French")
        XCTAssertEqual(meeting.statements[0].attribution, "The President (spoke in French)")
        XCTAssertEqual(meeting.statements[1].language, "Russian")
        XCTAssertEqual(meeting.citations.map(\.symbol), ["S/RES/2505 (2020)"])
        XCTAssertEqual(MeetingValidator.validate(meeting), [])
    }

    func testWholeRecordWithCoverDateAndPresident() throws {
        let text = """
            United Nations S/PV.9001
            Security Council
            Seventy-fifth year 9001st meeting
            Tuesday, 3 March 2020, 10 a.m.
            New York
            President: Mr. Zhang Jun (China)
            The President: The meeting is called to order.
            Mr. De Riviere (France) (spoke in French): France welcomes the report.
            The Council must act.
            Mr. Skoog (European Union): The European Union aligns itself.
            """
        XCTAssertTrue(VerbatimRecordBuilder.looksVerbatim(text))
        let builder = VerbatimRecordBuilder(
            resolvers: VerbatimResolvers(delegation: { ["China": "CHN", "France": "FRA", "European Union": "EU"][$0] }),
            catalog: Catalog())
        let meeting = try builder.meeting(parts: [text], symbol: nil)
        XCTAssertEqual(meeting.symbol, "S/PV.9001")
        XCTAssertEqual(meeting.date, "2020-03-03")
        XCTAssertEqual(meeting.datePrinted, "2020-03-03")
        XCTAssertEqual(meeting.people.first?.name, "Zhang Jun")
        XCTAssertEqual(meeting.people.first?.of, "CHN")
        XCTAssertEqual(meeting.people.map(\.of), ["CHN", "FRA", "EU"])
        XCTAssertEqual(
            meeting.paragraphs.map(\.text),
            [
                "The meeting is called to order.", "France welcomes the report.",
                "The Council must act.", "The European Union aligns itself.",
            ])
        XCTAssertEqual(meeting.statements[1].paragraphs, [2, 3])
    }

    func testUndatedRecordAndResumptionAndPressRelease() throws {
        let builder = VerbatimRecordBuilder(resolvers: Self.resolvers, catalog: Self.catalog)
        XCTAssertThrowsError(try builder.meeting(parts: ["Ms. DiCarlo: Thank you."], symbol: "S/PV.7000")) { error in
            XCTAssertEqual(error as? VerbatimError, .undated(symbol: "S/PV.7000"))
        }
        let resumed = try builder.meeting(parts: ["Ms. DiCarlo: Thank you."], symbol: "S/PV.8701 (Resumption 1)")
        XCTAssertEqual(resumed.date, "2020-01-13")
        XCTAssertEqual(resumed.id, "2020-01-13-unsc-s-pv-8701-resumption-1")
        XCTAssertThrowsError(try builder.meeting(parts: ["No labels here at all."], symbol: "S/PV.8701"))
        XCTAssertFalse(VerbatimRecordBuilder.looksVerbatim("1. The OIC Contact Group met on 19 September 2017.\n2. Mr. President: no."))
        XCTAssertFalse(VerbatimRecordBuilder.looksVerbatim("Mr. President: it is an honour to address the Assembly."))
    }
}
