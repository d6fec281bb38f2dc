import Foundation
import PlenaryModel
@testable import PlenarySearch
import XCTest

/// The small pure pieces: exact forms, filter tokens, paragraph extraction, snippets, spelling.
final class TextPiecesTests: XCTestCase {
    func testExactFormsRoundTrip() {
        XCTAssertEqual(ExactForm.encode("côte"), "c0ô0t0e0")
        XCTAssertEqual(ExactForm.decode("c0o0t0e0"), "cote")
        XCTAssertNil(ExactForm.decode("cote"))
        XCTAssertNil(ExactForm.decode("c0o"))
        XCTAssertEqual(ExactForm.column(for: "Côte d’Ivoire, 2017."), "C0ô0t0e0 d0 I0v0o0i0r0e0 20001070 ")
    }

    func testTagTokensAreOneToOneAndPlain() {
        let a = TagToken.token(.citation, "S/RES/822(1993)")
        let b = TagToken.token(.citation, "S/RES/8221993")
        XCTAssertNotEqual(a, b)
        XCTAssertTrue(a.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }, a)
        XCTAssertEqual(TagToken.token(.country, "TUR"), TagToken.token(.country, "tur"))
        XCTAssertEqual(TagToken.citationKeys("S/RES/822 (1993)"), ["S/RES/822(1993)", "S/RES/822", "822"])
        XCTAssertEqual(TagToken.citationKeys("OIC/10/44-POL"), ["OIC/10/44-POL"])
        XCTAssertEqual(TagToken.citationKey(" s/res/822 (1993) "), "S/RES/822(1993)")
    }

    func testCompiledExpressionsQuoteEverything() throws {
        let query = try SearchQuery.parse("ceasefire \"line of contact\" negotiat* -truce country:AZE cites:822 date:2017")
        let compiled = try QueryCompiler.compile(query) { _ in ["AZE"] }
        XCTAssertEqual(
            compiled.match,
            """
            (({text speaker} : "ceasefire" AND raw : "l0i0n0e0 o0f0 c0o0n0t0a0c0t0" AND raw : "n0e0g0o0t0i0a0t0" * AND tags : "znaz7ae0" AND tags : "zk8220") NOT {text speaker} : "truce")
            """)
        XCTAssertNotNil(compiled.rows)
        XCTAssertThrowsError(try QueryCompiler.compile(SearchQuery.parse("peace OR -truce")) { _ in [] })
        XCTAssertThrowsError(try QueryCompiler.compile(SearchQuery.parse("-truce")) { _ in [] })
        XCTAssertNoThrow(try QueryCompiler.compile(SearchQuery.parse("date:2017 -truce")) { _ in [] })
    }

    /// A prefix the index can expand is written out as its terms, which rank as one phrase;
    /// the other phrases (a speaker filter's two included) keep a group each, in text order.
    func testPrefixesAreWrittenOutAsOneRankingGroup() throws {
        let resolver = FilterResolver(
            countries: { _ in [] }, speakers: { _ in ["a", "b"] },
            prefixTerms: { $0 == "negotiat" ? ["n0e0g0o0t0i0a0t0e0", "n0e0g0o0t0i0a0t0o0r0"] : nil })
        let compiled = try QueryCompiler.compile(
            SearchQuery.parse("peace negotiat* speaker:Nebenzia -negotiat* inter*"), resolver: resolver)
        XCTAssertEqual(
            compiled.match,
            """
            (({text speaker} : "peace" AND raw : ("n0e0g0o0t0i0a0t0e0" OR "n0e0g0o0t0i0a0t0o0r0") AND (tags : "zsa0" OR tags : "zsb0") AND raw : "i0n0t0e0r0" *) NOT raw : ("n0e0g0o0t0i0a0t0e0" OR "n0e0g0o0t0i0a0t0o0r0"))
            """)
        XCTAssertEqual(compiled.phraseGroups, [0, 1, 1, 2, 3, 4, 5, 5])
        XCTAssertNil(try QueryCompiler.compile(SearchQuery.parse("peace inter*"), resolver: resolver).phraseGroups)
        XCTAssertEqual(QueryCompiler.phraseCount(#"tags : "a" OR "b ""c""" AND raw : "x" *"#), 3)
        XCTAssertEqual(RankFunction.QueryData.groups("0 0 1"), [0, 0, 1])
        XCTAssertNil(RankFunction.QueryData.groups("0 x"))
    }

    func testParagraphTextMatchesTheDecoder() throws {
        let texts = [
            "Plain text.", "Quotes \"inside\", a backslash \\ and a tab\there.", "Ünïcödé — 😀 and \u{1}control",
            "\"index\" : 3, \"text\" : \"decoy\"}",
        ]
        let meeting = Meeting(
            id: "2020-01-01-x", title: "x", date: "2020-01-01",
            paragraphs: texts.enumerated().map { Paragraph(index: $0 + 1, text: $1) })
        let data = try RecordCoding.encode(meeting)
        for (i, text) in texts.enumerated() {
            XCTAssertEqual(ParagraphText.extract(from: data, index: i + 1), text)
        }
        XCTAssertNil(ParagraphText.extract(from: data, index: 9))
        // Another layout (text before index) is refused, not misread.
        let other = Data(#"{"paragraphs": [{"text": "first", "index": 1}, {"text": "second", "index": 2}]}"#.utf8)
        XCTAssertNil(ParagraphText.extract(from: other, index: 1))
        XCTAssertNil(ParagraphText.extract(from: other, index: 2))
    }

    func testSnippetWindowKeepsHighlightsOnTheirWords() {
        let text = String(repeating: "word ", count: 100) + "ceasefire " + String(repeating: "more ", count: 100)
        let start = 500
        let (snippet, highlights) = Snippet.make(text: text, spans: [start..<start + 9])
        XCTAssertLessThanOrEqual(snippet.unicodeScalars.count, Snippet.maximumLength + 2)
        let scalars = Array(snippet.unicodeScalars)
        XCTAssertEqual(highlights.count, 1)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[highlights[0][0]..<highlights[0][1]])), "ceasefire")
        XCTAssertTrue(snippet.hasPrefix("…") && snippet.hasSuffix("…"))
    }

    func testEditDistance() {
        XCTAssertEqual(EditDistance.distance("ceasfire", "ceasefire", limit: 2), 1)
        XCTAssertEqual(EditDistance.distance("chnge", "change", limit: 2), 1)
        XCTAssertNil(EditDistance.distance("peace", "ceasefire", limit: 2))
    }
}
