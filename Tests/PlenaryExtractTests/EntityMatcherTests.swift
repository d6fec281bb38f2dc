import PlenaryExtract
import XCTest

final class EntityMatcherTests: XCTestCase {
    let matcher = EntityMatcher()

    func refs(_ text: String) -> [String] {
        matcher.mentions(in: TokenizedText(text)).map { $0.ref ?? "?" + $0.candidates.joined(separator: "|") }
    }

    override func setUpWithError() throws {
        if Gazetteer.shared.countries.isEmpty { throw XCTSkip("SKIP: gazetteer resources not loaded: \(Gazetteer.shared.loadProblems)") }
    }

    func testResourcesLoad() {
        XCTAssertEqual(Gazetteer.shared.loadProblems, [])
        XCTAssertGreaterThanOrEqual(Gazetteer.shared.countries.count, 193, "every UN member state")
        XCTAssertNotNil(Gazetteer.shared.organizations["OIC"])
    }

    func testLongestNameFirstOnWordBoundaries() {
        XCTAssertEqual(refs("the Republic of Niger and the Federal Republic of Nigeria"), ["NER", "NGA"])
        XCTAssertEqual(refs("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea"), ["GIN", "GNB", "GNQ", "PNG"])
        XCTAssertEqual(refs("Sudan and South Sudan; Dominica and the Dominican Republic"), ["SDN", "SSD", "DMA", "DOM"])
    }

    func testAmbiguousNamesAreNotGuessed() {
        let found = matcher.mentions(in: TokenizedText("delegations of the Congo and Korea"))
        XCTAssertEqual(found.map(\.kind), [.ambiguous, .ambiguous])
        XCTAssertTrue(found.allSatisfy { $0.ref == nil })
        XCTAssertEqual(refs("the Democratic Republic of the Congo and the Republic of Korea"), ["COD", "KOR"])
    }

    func testCaseDiacriticsAliasesAndLeadingThe() {
        XCTAssertEqual(refs("the Republic of Turkey, Türkiye, TURKIYE and the Republic of Türkiye"), ["TUR", "TUR", "TUR", "TUR"])
        XCTAssertEqual(refs("Côte d’Ivoire, Cote d'Ivoire and Ivory Coast"), ["CIV", "CIV", "CIV"])
        XCTAssertEqual(refs("the Islamic Republic of Gambia"), ["GMB"])
        let m = matcher.mentions(in: TokenizedText("attended by the Kingdom of Morocco."))
        XCTAssertEqual(m.first?.ref, "MAR")
        XCTAssertEqual(TokenizedText("attended by the Kingdom of Morocco.").slice(m[0].start, m[0].end), "the Kingdom of Morocco")
    }

    func testOrganisationsAndAcronyms() {
        XCTAssertEqual(refs("the Organisation of Islamic Cooperation and the OIC"), ["OIC", "OIC"])
        XCTAssertEqual(
            refs("the Council of Foreign Ministers (CFM) of the OIC"), ["OIC", "OIC"],
            "a known organ's short name stands for its organisation")
        XCTAssertEqual(refs("the United Nations Office for West Africa and the Sahel (UNOWAS)"), ["UNOWAS"])
        XCTAssertEqual(refs("an au revoir"), [], "acronyms match only in capitals")
    }
}
