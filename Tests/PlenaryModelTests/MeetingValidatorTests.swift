import PlenaryModel
import XCTest

final class MeetingValidatorTests: XCTestCase {
    private func problems(_ change: (inout Meeting) -> Void) -> [String] {
        var meeting = SampleMeeting.make()
        change(&meeting)
        return MeetingValidator.validate(meeting).map(\.description)
    }

    func testSampleIsValid() {
        XCTAssertEqual(problems { _ in }, [])
    }

    func testIDMustMatchPattern() {
        for bad in ["", "Upper", "a/b", "../x", "a b", "-lead", "a\0b", "é"] {
            XCTAssertEqual(problems { $0.id = bad }.first?.hasPrefix("id: "), true, bad)
        }
    }

    func testDatesMustBeValidISO() {
        XCTAssertEqual(problems { $0.date = "2017-02-30" }, ["date: \"2017-02-30\" is not a valid ISO 8601 date (YYYY-MM-DD)"])
        XCTAssertEqual(problems { $0.date = "19 September 2017" }.count, 1)
        XCTAssertEqual(problems { $0.endDate = "2017-13-01" }, ["endDate: \"2017-13-01\" is not a valid ISO 8601 date (YYYY-MM-DD)"])
        XCTAssertEqual(problems { $0.endDate = "2017-09-18" }, ["endDate: 2017-09-18 is before the date 2017-09-19"])
        XCTAssertEqual(problems { $0.date = "2016-02-29" }, [])
        XCTAssertEqual(problems { $0.events[0].date = "1992-00" }, ["events[0].date: \"1992-00\" is not YYYY, YYYY-MM or YYYY-MM-DD"])
    }

    func testOffsetsMustLieInsideTheParagraph() {
        let length = SampleMeeting.make().paragraphs[1].scalarLength
        XCTAssertEqual(
            problems { $0.paragraphs[1].citations[0].end = length + 1 },
            ["paragraphs[1].citations[0].end: \(length + 1) lies outside the paragraph text (0…\(length))"])
        XCTAssertEqual(
            problems { $0.paragraphs[1].mentions[0].start = -1 },
            ["paragraphs[1].mentions[0].start: -1 lies outside the paragraph text (0…\(length))"])
        XCTAssertEqual(
            problems { $0.paragraphs[1].citations[0].start = 40 },
            ["paragraphs[1].citations[0].end: 32 is before start 40"])
        XCTAssertEqual(problems { $0.attendance[0].end = 999 }.count, 1)
        XCTAssertEqual(problems { $0.attendance[0].paragraph = 9 }, ["attendance[0].paragraph: 9 is not a block of this meeting"])
    }

    func testOffsetsCountUnicodeScalars() {
        // "日本 and 🇦🇿 e\u{301}." – the flag is two scalars, the accent one.
        let text = SampleMeeting.make().paragraphs[2].text
        XCTAssertEqual(SampleMeeting.make().paragraphs[2].scalarLength, text.unicodeScalars.count)
        XCTAssertEqual(
            problems {
                $0.paragraphs[2].mentions = [Mention(kind: .country, ref: "AZE", start: 23, end: text.unicodeScalars.count, rule: "t")]
            }, [])
    }

    func testSpeakersMustExistInPeople() {
        XCTAssertEqual(problems { $0.paragraphs[2].speakers.append("nobody") }, ["paragraphs[2].speakers[2]: \"nobody\" is not in people"])
        XCTAssertEqual(problems { $0.statements[0].speaker = "ghost" }, ["statements[0].speaker: \"ghost\" is not in people"])
        XCTAssertEqual(problems { $0.people.append($0.people[0]) }, ["people[2].id: \"mammadyarov\" is listed twice"])
    }

    func testParagraphIndexesRunOneToN() {
        XCTAssertEqual(problems { $0.paragraphs[1].index = 5 }, ["paragraphs[1].index: is 5, expected 2 (indexes run 1…3)"])
        XCTAssertEqual(problems { $0.statements[0].paragraphs = [4] }, ["statements[0].paragraphs[0]: 4 is not a block of this meeting"])
    }

    func testCitationSymbolsMustBeCanonical() {
        XCTAssertEqual(
            problems { $0.paragraphs[1].citations[0].symbol = "S/RES/822(1993)" },
            ["paragraphs[1].citations[0].symbol: \"S/RES/822(1993)\" is not a canonical symbol"])
        XCTAssertEqual(
            problems { $0.paragraphs[1].citations[1].resolved = true },
            ["paragraphs[1].citations[1].resolved: is true but the citation has no symbol"])
    }

    func testEveryProblemIsReportedNotJustTheFirst() {
        let all = problems {
            $0.id = "BAD"
            $0.date = "2017-99-01"
            $0.format = "plenary.meeting/9"
            $0.title = " "
        }
        XCTAssertEqual(all.count, 4, "\(all)")
    }

    func testCanonicalSymbols() {
        for good in ["S/RES/822 (1993)", "S/PRST/2021/3", "A/RES/76/254", "A/RES/ES-11/1", "A/RES/194 (III)", "OIC/10/46-POL"] {
            XCTAssertTrue(CitationSymbol.isCanonical(good), good)
        }
        for bad in ["S/RES/822", "S/RES/822 (93)", "A/RES/76", "OIC/10/46-pol", "822 (1993)", "S/PRST/21/3", "A/RES/07/1"] {
            XCTAssertFalse(CitationSymbol.isCanonical(bad), bad)
        }
    }

    func testSlugAndMake() {
        XCTAssertEqual(MeetingID.slug("OIC Contact Group on Jammu & Kashmir"), "oic-contact-group-on-jammu-kashmir")
        XCTAssertEqual(MeetingID.slug("Conseil de sécurité — Côte d’Ivoire"), "conseil-de-securite-cote-d-ivoire")
        XCTAssertEqual(MeetingID.make(date: "2017-09-19", name: "OIC"), "2017-09-19-oic")
        XCTAssertTrue(MeetingID.isValid(MeetingID.make(date: "2017-09-19", name: String(repeating: "word ", count: 80))))
    }
}
