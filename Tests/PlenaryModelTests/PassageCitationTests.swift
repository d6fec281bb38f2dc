import PlenaryModel
import XCTest

/// The citation line of `y`, `plenary export` and `plenary show --cite`.
final class PassageCitationTests: XCTestCase {
    let names: (String) -> String? = { ["RUS": "Russia", "VNM": "Viet Nam"][$0] }

    private func record() -> Meeting {
        Meeting(
            id: "2020-01-30-unsc-s-pv-8710", title: "The situation in Libya", date: "2020-01-30", organization: "UN",
            body: "Security Council", symbol: "S/PV.8710 (Resumption 1)",
            people: [
                Person(id: "president-vnm", name: nil, role: "President", of: "VNM"),
                Person(id: "nebenzia-rus", name: "Nebenzia", honorifics: ["Mr."], of: "RUS"),
            ],
            paragraphs: [
                Paragraph(index: 1, number: nil, text: "The meeting was called to order.", speakers: ["president-vnm"]),
                Paragraph(index: 2, number: nil, text: "We thank the Special Representative.", speakers: ["nebenzia-rus"]),
                Paragraph(index: 3, number: nil, text: "The situation remains fraught.", speakers: ["nebenzia-rus"]),
            ],
            statements: [
                Statement(speaker: "president-vnm", paragraphs: [1], mode: .direct, attribution: "The President"),
                Statement(
                    speaker: "nebenzia-rus", paragraphs: [2, 3], mode: .direct,
                    attribution: "Mr. Nebenzia (Russian Federation) (spoke in Russian)"),
            ])
    }

    func testVerbatimRecordIsCitedByDelegationSpeakerAndSymbol() {
        let m = record()
        // The delegation as the record prints it, not the gazetteer's short name.
        XCTAssertEqual(
            PassageCitation(meeting: m, paragraphs: [2], countryName: names).line,
            "Russian Federation (Mr. Nebenzia), S/PV.8710 (Resumption 1), 30 January 2020, para. 2")
        XCTAssertEqual(
            PassageCitation(meeting: m, paragraphs: [1], countryName: names).line,
            "Viet Nam (the President), S/PV.8710 (Resumption 1), 30 January 2020, para. 1")
        let two = PassageCitation(meeting: m, paragraphs: [2, 3], countryName: names)
        XCTAssertEqual(two.paragraphs, "paras. 2–3")
        XCTAssertEqual(
            two.markdown,
            "Russian Federation (Mr. Nebenzia), [S/PV.8710 (Resumption 1)](https://undocs.org/S/PV.8710(Resumption1)), 30 January 2020, paras. 2–3"
        )
        XCTAssertEqual(two.quote(["A.", "B."], markdown: true), "> A.\n>\n> B.\n\n— " + two.markdown + "\n")
        XCTAssertEqual(two.quote(["A.", "B."], markdown: false), "A.\n\nB.\n— " + two.line + "\n")
    }

    func testPressReleaseIsCitedByBodyPlaceAndDate() {
        let m = Meeting(
            id: "2017-09-19-oic", title: "CONTACT GROUP MEETING", date: "2017-09-19", organization: "OIC",
            body: "OIC Contact Group on the aggression of the Republic of Armenia against the Republic of Azerbaijan",
            location: "New York",
            people: [Person(id: "mammadyarov", name: "Mammadyarov", role: "Foreign Minister", of: "AZE")],
            paragraphs: [
                Paragraph(index: 3, number: "3", text: "Recalling 822 (1993).", speakers: ["mammadyarov"]),
                Paragraph(index: 4, number: nil, section: "3", text: "He emphasized.", speakers: ["mammadyarov"]),
            ])
        XCTAssertEqual(
            PassageCitation(meeting: m, paragraphs: [3], countryName: names).line,
            "OIC Contact Group on the aggression of the Republic of Armenia against the Republic of Azerbaijan, New York, 19 September 2017, para. 3"
        )
        // A continuation block is cited by the numbered paragraph it belongs to.
        XCTAssertEqual(PassageCitation(meeting: m, paragraphs: [4], countryName: names).paragraphs, "para. 3")
        XCTAssertEqual(PassageCitation(meeting: m, paragraphs: [3, 4], countryName: names).paragraphs, "para. 3")
        XCTAssertNil(PassageCitation(meeting: m, paragraphs: [3], countryName: names).link)
    }
}
