import PlenaryModel
import PlenaryRegistry
import XCTest

final class RegistryTests: XCTestCase {
    private func meeting(_ id: String, _ date: String, people: [Person], cites: [String] = []) -> Meeting {
        var paragraphs: [Paragraph] = []
        var statements: [Statement] = []
        for (i, p) in people.enumerated() {
            let text = "Statement \(i) recalling resolution 822 (1993)."
            let citations = cites.map { Citation(symbol: $0, surface: "822 (1993)", start: 30, end: 40, rule: "test", resolved: true) }
            paragraphs.append(Paragraph(index: i + 1, text: text, speakers: [p.id], citations: citations))
            statements.append(Statement(speaker: p.id, paragraphs: [i + 1], mode: .direct))
        }
        return Meeting(
            id: id, title: "Meeting \(id)", date: date, symbol: "S/PV.\(id.count)", people: people,
            paragraphs: paragraphs, statements: statements)
    }

    func testTransliterationVariantsMergeWhenAffiliationAndRoleAgree() {
        let a = Person(id: "a", name: "Yousef A. Al-Othaimeen", honorifics: ["H.E.", "Dr."], role: "Secretary General", of: "OIC")
        let b = Person(id: "b", name: "Yousef Al-Uthaymeen", role: "Secretary General", of: "OIC")
        // A surname alone joins with corroboration: here the same role.
        let c = Person(id: "c", name: "Al-Othaimeen", role: "Secretary General", of: "OIC")
        let other = Person(id: "d", name: "Al-Othaimeen", role: "Secretary General", of: "SAU")
        let registry = Registry.build([
            MeetingDigest(meeting("m1", "2017-09-19", people: [a])),
            MeetingDigest(meeting("m2", "2018-03-01", people: [b, other])),
            MeetingDigest(meeting("m3", "2019-05-05", people: [c])),
        ])
        let oic = registry.people.filter { $0.of == "OIC" }
        XCTAssertEqual(oic.count, 1)
        XCTAssertEqual(oic.first?.statements, 3)
        XCTAssertEqual(oic.first?.name, "Yousef A. Al-Othaimeen")
        XCTAssertEqual(oic.first?.firstDate, "2017-09-19")
        XCTAssertEqual(oic.first?.lastDate, "2019-05-05")
        XCTAssertEqual(oic.first?.roles.map(\.role), ["Secretary General"])
        XCTAssertEqual(registry.people(of: "SAU").count, 1)
        let id = oic.first!.id
        XCTAssertEqual(registry.statements(of: id).map(\.date), ["2017-09-19", "2018-03-01", "2019-05-05"])
        XCTAssertEqual(registry.personID(meeting: "m2", local: "b"), id)
    }

    func testASurnameAndACountryAloneNeverMerge() {
        // S/PV.8706: "Ms. Al-Thani (Qatar)" is not Qatar's Foreign Minister.
        let minister = Person(
            id: "m", name: "Mohammed bin Abdulrahman Al-Thani", honorifics: ["H.E.", "Sheikh"],
            role: "Deputy Prime Minister and Foreign Minister", of: "QAT")
        let ambassador = Person(id: "a", name: "Al-Thani", honorifics: ["Ms."], of: "QAT")
        let unmarked = Person(id: "u", name: "Al-Thani", of: "QAT")
        let sameTitle = Person(id: "s", name: "Nebenzia", honorifics: ["Mr."], of: "RUS")
        let full = Person(id: "f", name: "Vassily Nebenzia", honorifics: ["Mr."], of: "RUS")
        let registry = Registry.build([
            MeetingDigest(meeting("m1", "2020-01-21", people: [ambassador, sameTitle])),
            MeetingDigest(meeting("m2", "2021-06-07", people: [minister, full])),
            MeetingDigest(meeting("m3", "2021-07-01", people: [unmarked])),
        ])
        XCTAssertNotEqual(registry.personID(meeting: "m1", local: "a"), registry.personID(meeting: "m2", local: "m"))
        XCTAssertNotEqual(
            registry.personID(meeting: "m3", local: "u"), registry.personID(meeting: "m2", local: "m"),
            "surname and country only")
        XCTAssertEqual(
            registry.personID(meeting: "m1", local: "s"), registry.personID(meeting: "m2", local: "f"),
            "Mr. Nebenzia and Mr. Vassily Nebenzia: the same gender corroborates")
    }

    func testDifferentRolesWithOnlyASurnameStayApart() {
        let minister = Person(id: "x", name: "Aliyev", role: "Foreign Minister", of: "AZE")
        let president = Person(id: "y", name: "Aliyev", role: "President", of: "AZE")
        let registry = Registry.build([
            MeetingDigest(meeting("m1", "2017-01-01", people: [minister])),
            MeetingDigest(meeting("m2", "2017-02-01", people: [president])),
        ])
        XCTAssertEqual(registry.people.count, 2)
    }

    func testUnnamedOfficesMergeByOfficeAndAffiliation() {
        let p1 = Person(id: "president-vnm", name: nil, role: "President", of: "VNM")
        let p2 = Person(id: "president-vnm", name: nil, role: "President", of: "VNM")
        let p3 = Person(id: "president-bel", name: nil, role: "President", of: "BEL")
        let registry = Registry.build([
            MeetingDigest(meeting("m1", "2020-01-13", people: [p1])),
            MeetingDigest(meeting("m2", "2020-01-21", people: [p2])),
            MeetingDigest(meeting("m3", "2020-02-03", people: [p3])),
        ])
        XCTAssertEqual(registry.people.count, 2)
        XCTAssertEqual(registry.people.first?.statements, 2)
    }

    func testCitationsAcrossMeetingsInDateOrder() {
        let p = Person(id: "p", name: "Mammadyarov", role: "Foreign Minister", of: "AZE")
        let registry = Registry.build([
            MeetingDigest(meeting("m2", "2019-01-01", people: [p], cites: ["S/RES/822 (1993)"])),
            MeetingDigest(meeting("m1", "2017-01-01", people: [p], cites: ["S/RES/822 (1993)"])),
            MeetingDigest(meeting("m3", "2018-01-01", people: [p], cites: ["S/RES/822 (1994)"])),
        ])
        XCTAssertEqual(registry.citations(of: "S/RES/822 (1993)").map(\.meetingID), ["m1", "m2"])
        XCTAssertEqual(registry.citations(ofResolution: 822).map(\.meetingID), ["m1", "m3", "m2"])
        let top = registry.instruments.first
        XCTAssertEqual(top?.symbol, "S/RES/822 (1993)")
        XCTAssertEqual(top?.citations, 2)
        XCTAssertEqual(top?.meetings, 2)
        XCTAssertEqual(registry.citations(of: "S/RES/822 (1993)").first?.people, [registry.people[0].id])
    }

    func testNameKeys() {
        XCTAssertEqual(NameKey.tokens("H.E. Dr. Yousef A. Al-Othaimeen"), ["yousef", "a", "othaimeen"])
        XCTAssertEqual(NameKey.skeleton("othaimeen"), NameKey.skeleton("uthaymeen"))
        XCTAssertEqual(NameKey.skeleton("nebenzia"), NameKey.skeleton("nebenzya"))
        XCTAssertNotEqual(NameKey.skeleton("allen"), NameKey.skeleton("akram"))
        XCTAssertFalse(NameKey.compatible(["zhang", "jun"], ["geng", "shuang"]))
        XCTAssertTrue(NameKey.compatible(["v", "nebenzia"], ["vassily", "nebenzya"]))
    }
}
