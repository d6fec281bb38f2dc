import XCTest
@testable import PlenarySearch

final class QueryParserTests: XCTestCase {
    func parse(_ text: String) throws -> SearchQuery { try SearchQuery.parse(text) }

    func error(_ text: String) -> QueryError? {
        do { _ = try SearchQuery.parse(text); return nil } catch { return error }
    }

    func testWordsAreAllRequired() throws {
        let query = try parse("ceasefire violations")
        XCTAssertEqual(query.root, .all([.word("ceasefire", column: 1), .word("violations", column: 11)]))
    }

    func testPhrasePrefixAndExclusion() throws {
        let query = try parse("\"territorial integrity\" negotiat* -Armenia")
        XCTAssertEqual(
            query.root,
            .all([
                .phrase(["territorial", "integrity"], prefix: false, column: 1),
                .prefix("negotiat", column: 25),
                .not(.word("Armenia", column: 36), column: 35),
            ]))
    }

    func testTypographicQuotes() throws {
        XCTAssertEqual(try parse("\u{201C}climate change\u{201D}").root, .phrase(["climate", "change"], prefix: false, column: 1))
    }

    func testOrBindsTighterThanAnd() throws {
        let query = try parse("ceasefire truce OR armistice")
        XCTAssertEqual(
            query.root,
            .all([
                .word("ceasefire", column: 1),
                .any([.word("truce", column: 11), .word("armistice", column: 20)]),
            ]))
    }

    func testFilters() throws {
        let query = try parse("speaker:Guterres country:\"Republic of Türkiye\" org:OIC body:Council cites:S/RES/822")
        XCTAssertEqual(
            query.root,
            .all([
                .filter(.speaker("Guterres"), column: 1),
                .filter(.country("Republic of Türkiye"), column: 18),
                .filter(.organization("OIC"), column: 48),
                .filter(.body("Council"), column: 56),
                .filter(.cites("S/RES/822"), column: 69),
            ]))
    }

    func testDates() throws {
        XCTAssertEqual(try parse("date:2017 peace").dates, [DateRange(from: "2017-01-01", to: "2017-12-31")])
        XCTAssertEqual(try parse("date:2016-01..2017-06 peace").dates, [DateRange(from: "2016-01-01", to: "2017-06-30")])
        XCTAssertEqual(try parse("date:..2016-02 peace").dates, [DateRange(from: nil, to: "2016-02-29")])
        XCTAssertEqual(try parse("date:2017-09-19").root, nil)
    }

    func testColonInsideAWordIsText() throws {
        XCTAssertEqual(try parse("10:30").root, .word("10:30", column: 1))
    }

    func testMalformedQueriesPointAtTheColumn() {
        XCTAssertEqual(error("ceasefire \"territorial"), .unclosedQuote(column: 11))
        XCTAssertEqual(error("OR peace"), .danglingOperator("OR", column: 1))
        XCTAssertEqual(error("peace OR"), .danglingOperator("OR", column: 7))
        XCTAssertEqual(error("peace -"), .danglingOperator("-", column: 7))
        XCTAssertEqual(error("peace AND"), .danglingOperator("AND", column: 7))
        XCTAssertEqual(error("pe*ace"), .misplacedStar(column: 3))
        XCTAssertEqual(error("*"), .misplacedStar(column: 1))
        XCTAssertEqual(error("peace a*"), .shortPrefix(column: 7))
        XCTAssertNotNil(try? parse("ne*"))
        XCTAssertEqual(error("(peace"), .unclosedParenthesis(column: 1))
        XCTAssertEqual(error("peace)"), .unexpectedParenthesis(column: 6))
        XCTAssertEqual(error("colour:red"), .unknownField("colour", column: 1))
        XCTAssertEqual(error("country: peace"), .emptyFilter("country", column: 1))
        XCTAssertEqual(error("date:2017-13"), .invalidDate("2017-13", column: 6))
        XCTAssertEqual(error("date:2018..2017"), .invalidDate("2018..2017", column: 6))
        XCTAssertEqual(error("peace OR date:2017"), .dateInGroup(column: 10))
        XCTAssertEqual(error(""), .empty)
        XCTAssertEqual(error("   "), .empty)
        XCTAssertEqual(error("&&"), .nothingToSearch("&&", column: 1))
        XCTAssertEqual(error("\"--\""), .nothingToSearch("\"--\"", column: 1))
    }

    func testFTS5SyntaxIsJustText() throws {
        // Characters FTS5 would read as syntax are separators inside words.
        XCTAssertEqual(
            try parse("NEAR(a^b) +c {d}").root,
            .all([
                .word("NEAR", column: 1), .word("a^b", column: 6), .word("+c", column: 11), .word("{d}", column: 14),
            ]))
    }

    func testCaretDiagnostic() {
        let error = QueryError.unclosedQuote(column: 11)
        XCTAssertEqual(
            error.caretDiagnostic(for: "ceasefire \"territorial"),
            "ceasefire \"territorial\n          ^ this quote is never closed")
    }
}
