import PlenaryExtract
import PlenaryModel
import XCTest

final class CitationMatcherTests: XCTestCase {
    func symbols(_ text: String) -> [String?] {
        CitationMatcher().citations(in: TokenizedText(text)).map(\.symbol)
    }

    func testSecurityCouncilListsAndSpreadYears() {
        XCTAssertEqual(
            symbols("Recalling the resolutions of the UN Security Council, namely 822 (1993), 853 (1993), 874 (1993), 884 (1993), which"),
            ["S/RES/822 (1993)", "S/RES/853 (1993)", "S/RES/874 (1993)", "S/RES/884 (1993)"])
        XCTAssertEqual(
            symbols("the Security Council, in its resolutions 47 (1948), 91 (1951) and 122 (1957), had"),
            ["S/RES/47 (1948)", "S/RES/91 (1951)", "S/RES/122 (1957)"])
        XCTAssertEqual(
            symbols("recalled resolutions 822, 853, 874 and 884 (1993)."),
            ["S/RES/822 (1993)", "S/RES/853 (1993)", "S/RES/874 (1993)", "S/RES/884 (1993)"])
        XCTAssertEqual(
            symbols("the four resolutions the Council adopted in 1993 – 822, 853, 874 and 884."),
            ["S/RES/822 (1993)", "S/RES/853 (1993)", "S/RES/874 (1993)", "S/RES/884 (1993)"])
    }

    func testSymbolsAndGeneralAssemblyForms() {
        XCTAssertEqual(
            symbols("welcomed the presidential statement S/PRST/2021/3 and S/RES/2391 (2017)"), ["S/PRST/2021/3", "S/RES/2391 (2017)"])
        XCTAssertEqual(
            symbols("in resolution 67/19, and resolution ES-10/19, and A/RES/77/1 and A/RES/ES-11/1"),
            ["A/RES/67/19", "A/RES/ES-10/19", "A/RES/77/1", "A/RES/ES-11/1"])
        XCTAssertEqual(symbols("General Assembly resolution 194 (III) of 1948"), ["A/RES/194 (III)"])
        XCTAssertEqual(symbols("in particular Resolution No. 10/46-POL adopted at the 46th session"), ["OIC/10/46-POL"])
    }

    func testEveryResolvedSymbolIsCanonical() {
        let text = "resolutions 822 (1993) and 853 (1993), resolution 67/19, ES-10/19, 194 (III), Resolution No. 1/47-PAL, S/PRST/2021/3"
        for c in CitationMatcher().citations(in: TokenizedText(text)) {
            XCTAssertTrue(c.resolved)
            XCTAssertTrue(CitationSymbol.isCanonical(c.symbol ?? ""), "\(c.symbol ?? "nil") is not canonical")
        }
    }

    func testTitleOnlyCitationIsKeptUnresolved() {
        let text =
            "for supporting the resolution “On Solidarity with the Victims of the Khojaly Massacre of 1992” adopted during the 44th session"
        let found = CitationMatcher().citations(in: TokenizedText(text))
        XCTAssertEqual(found.count, 1)
        XCTAssertNil(found.first?.symbol)
        XCTAssertEqual(found.first?.resolved, false)
        XCTAssertEqual(found.first?.title, "On Solidarity with the Victims of the Khojaly Massacre of 1992")
        XCTAssertEqual(found.first?.verb, "supporting")
    }

    func testGuards() {
        XCTAssertEqual(symbols("in accordance with the aforementioned resolutions of the UN Security Council."), [])
        XCTAssertEqual(symbols("called for the resolution of the conflict, which displaced 800 people in 1993."), [])
        XCTAssertEqual(symbols("resolution 12 (1945) predates the Council."), [])
        XCTAssertEqual(symbols("the page SC/14573 and PSC/PR/COMM.1080 (2022)"), [])
        XCTAssertEqual(symbols("resolution 2334 (2016) and again resolution 2334 (2016)"), ["S/RES/2334 (2016)"], "one entry per block")
    }

    func testSpansAndVerb() {
        let text = "Recalling resolution 2391 (2017), the Council"
        let c = CitationMatcher().citations(in: TokenizedText(text))[0]
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[c.start..<c.end])), "2391 (2017)")
        XCTAssertEqual(c.surface, "2391 (2017)")
        XCTAssertEqual(c.verb, "recalling")
    }
}
