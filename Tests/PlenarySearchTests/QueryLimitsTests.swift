import XCTest
@testable import PlenarySearch

/// Issue 12, row 2: queries are bounded before the parser recurses or SQLite sees them.
final class QueryLimitsTests: XCTestCase {
    func error(_ text: String) -> QueryError? {
        do { _ = try SearchQuery.parse(text); return nil } catch { return error }
    }

    func testTwentyThousandParenthesesAreRefusedNotACrash() {
        let text = String(repeating: "(", count: 20_000) + "peace" + String(repeating: ")", count: 20_000)
        XCTAssertEqual(error(text), .tooLong(length: 40_005, limit: QueryLimits.maximumLength))
    }

    func testNestingDepth() {
        let deepest =
            String(repeating: "(", count: QueryLimits.maximumDepth) + "peace" + String(repeating: ")", count: QueryLimits.maximumDepth)
        XCTAssertNil(error(deepest))
        let deeper = "(" + deepest + ")"
        XCTAssertEqual(error(deeper), .tooDeep(column: QueryLimits.maximumDepth + 1, limit: QueryLimits.maximumDepth))
        // Unbalanced opening parentheses are counted too, before the parser recurses.
        XCTAssertEqual(
            error(String(repeating: "(", count: 100)), .tooDeep(column: QueryLimits.maximumDepth + 1, limit: QueryLimits.maximumDepth))
    }

    func testTermCountAndPrefixCount() {
        XCTAssertNil(error(Array(repeating: "peace", count: QueryLimits.maximumTerms).joined(separator: " ")))
        XCTAssertEqual(
            error(Array(repeating: "peace", count: QueryLimits.maximumTerms + 1).joined(separator: " ")),
            .tooManyTerms(column: 6 * QueryLimits.maximumTerms + 1, limit: QueryLimits.maximumTerms))
        XCTAssertEqual(
            error("a " + Array(repeating: "-peace", count: 100).joined(separator: " ")),
            .tooManyTerms(column: 4 + 7 * (QueryLimits.maximumTerms - 1), limit: QueryLimits.maximumTerms))
        XCTAssertNil(error(Array(repeating: "co*", count: QueryLimits.maximumPrefixes).joined(separator: " ")))
        XCTAssertEqual(
            error(Array(repeating: "co*", count: QueryLimits.maximumPrefixes + 1).joined(separator: " ")),
            .tooManyPrefixes(column: 4 * QueryLimits.maximumPrefixes + 1, limit: QueryLimits.maximumPrefixes))
        XCTAssertTrue(QueryError.tooManyPrefixes(column: 1, limit: 16).message.contains("16"))
    }

    /// Exclusions compile flat — `a NOT (b OR c …)` — not one nesting level per exclusion,
    /// which overflowed FTS5's parser stack at a hundred.
    func testExclusionsCompileFlat() throws {
        let words = (0..<60).map { "-w\($0)x" }
        let query = try SearchQuery.parse("peace " + words.joined(separator: " "))
        let compiled = try QueryCompiler.compile(query, countries: { _ in [] })
        let match = try XCTUnwrap(compiled.match)
        var depth = 0, deepest = 0
        for c in match {
            if c == "(" { depth += 1; deepest = max(deepest, depth) }
            if c == ")" { depth -= 1 }
        }
        XCTAssertLessThanOrEqual(deepest, 2, match)
        XCTAssertEqual(match.components(separatedBy: " NOT ").count, 2, match)
    }
}
