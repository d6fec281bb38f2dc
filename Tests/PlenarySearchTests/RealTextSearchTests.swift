import Foundation
import GRDB
import PlenaryModel
import PlenaryStore
@testable import PlenarySearch
import XCTest

/// Search over a store built from real General Debate speeches, checked against a brute-force
/// scan of the same paragraphs.
final class RealTextSearchTests: XCTestCase {
    struct Fixture {
        var root: URL
        var store: Store
        var index: SearchIndex
        var meetings: [Meeting]
        /// Each paragraph's words, folded once: the brute-force side of every comparison.
        var folded: [(ParagraphRef, [String])]
    }

    nonisolated(unsafe) static var shared: Fixture?

    func fixture() throws -> Fixture {
        guard UNGDCFixture.isAvailable else { throw XCTSkip("SKIP: ../shared/corpora/ungdc is absent; real-text search tests not run") }
        if let shared = Self.shared { return shared }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-search-\(UUID().uuidString)")
        let store = try Store.create(root)
        var meetings = try UNGDCFixture.meetings(session: 71, limit: 110)
        meetings += try UNGDCFixture.meetings(session: 72, limit: 110)
        meetings += try UNGDCFixture.meetings(session: 77, limit: 80)
        for meeting in meetings { try store.save(meeting) }
        let index = try SearchIndex.open(store: store)
        XCTAssertTrue(index.lastChanges.rebuilt)
        var folded: [(ParagraphRef, [String])] = []
        var cache: [String: String] = [:]
        for meeting in meetings {
            for paragraph in meeting.paragraphs {
                let words = WordTokenizer.tokens(paragraph.text).map { word in
                    if let hit = cache[word] { return hit }
                    let value = UNGDCFixture.fold(word)
                    cache[word] = value
                    return value
                }
                folded.append((ParagraphRef(meeting: meeting.id, paragraph: paragraph.index), words))
            }
        }
        let fixture = Fixture(root: root, store: store, index: index, meetings: meetings, folded: folded)
        Self.shared = fixture
        return fixture
    }

    override class func tearDown() {
        if let root = shared?.root { try? FileManager.default.removeItem(at: root) }
        shared = nil
    }

    /// Paragraphs whose folded words satisfy `predicate` (given the folded word list).
    func brute(_ fixture: Fixture, where predicate: ([String]) -> Bool) -> Set<ParagraphRef> {
        Set(fixture.folded.filter { predicate($0.1) }.map(\.0))
    }

    func containsSequence(_ words: [String], _ sequence: [String]) -> Bool {
        guard sequence.count <= words.count else { return false }
        return (0...(words.count - sequence.count)).contains { Array(words[$0..<$0 + sequence.count]) == sequence }
    }

    let sampleWords = [
        "ceasefire", "Sahel", "Rohingya", "multilateralism", "refugees", "nuclear", "climate",
        "Türkiye", "Côte", "peacekeeping", "Paris", "sanctions", "Kashmir", "desertification", "the",
    ]

    func testExactWordsMatchBruteForce() throws {
        let f = try fixture()
        for word in sampleWords {
            let folded = UNGDCFixture.fold(word)
            let expected = brute(f) { $0.contains(folded) }
            let found = try f.index.matches("\"\(word)\"")
            XCTAssertEqual(found, expected, "\"\(word)\": \(found.count) found, \(expected.count) by brute force")
            // Stemmed search finds at least the exact form.
            let stemmed = try f.index.matches(word)
            XCTAssertTrue(stemmed.isSuperset(of: expected), "\(word): stemmed search lost exact matches")
        }
    }

    func testUpperCaseAndDiacriticsAreFolded() throws {
        let f = try fixture()
        XCTAssertEqual(try f.index.matches("\"COTE\""), try f.index.matches("\"côte\""))
        XCTAssertEqual(try f.index.matches("\"turkiye\""), try f.index.matches("\"TÜRKIYE\""))
    }

    func testStemmingFindsOtherForms() throws {
        let f = try fixture()
        let forms = brute(f) { $0.contains("negotiations") }
        let found = try f.index.matches("negotiation")
        XCTAssertFalse(forms.isEmpty)
        XCTAssertTrue(found.isSuperset(of: forms))
    }

    func testPrefixMatchesBruteForce() throws {
        let f = try fixture()
        for prefix in ["negotiat", "desertif", "Rohin", "happ", "multilat", "Côt", "TÜRK", "inter", "un"] {
            let folded = UNGDCFixture.fold(prefix)
            let expected = brute(f) { $0.contains { $0.hasPrefix(folded) } }
            XCTAssertEqual(try f.index.matches("\(prefix)*"), expected, prefix)
        }
    }

    func testPhrasesMatchBruteForce() throws {
        let f = try fixture()
        for phrase in ["climate change", "Security Council", "two-State solution", "United Nations", "rule of law"] {
            let tokens = WordTokenizer.tokens(phrase).map(UNGDCFixture.fold)
            let expected = brute(f) { self.containsSequence($0, tokens) }
            XCTAssertFalse(expected.isEmpty, phrase)
            XCTAssertEqual(try f.index.matches("\"\(phrase)\""), expected, phrase)
        }
    }

    func testExclusionAndAlternatives() throws {
        let f = try fixture()
        let climate = brute(f) { $0.contains("climate") }
        let change = brute(f) { $0.contains("change") }
        XCTAssertEqual(try f.index.matches("\"climate\" -\"change\""), climate.subtracting(change))
        XCTAssertEqual(try f.index.matches("\"climate\" NOT \"change\""), climate.subtracting(change))
        let sahel = brute(f) { $0.contains("sahel") }
        let rohingya = brute(f) { $0.contains("rohingya") }
        XCTAssertEqual(try f.index.matches("\"Sahel\" OR \"Rohingya\""), sahel.union(rohingya))
        XCTAssertEqual(try f.index.matches("\"climate\" \"change\""), climate.intersection(change))
    }

    func testFilters() throws {
        let f = try fixture()
        let refugees = brute(f) { $0.contains("refugees") }
        // country: by code, and by the name written in the record
        let byCountry = Dictionary(grouping: refugees) { ref in f.meetings.first { $0.id == ref.meeting }!.attendance[0].country! }
        let (code, expected) = try XCTUnwrap(byCountry.max { $0.value.count < $1.value.count })
        XCTAssertEqual(try f.index.matches("\"refugees\" country:\(code)"), Set(expected))
        XCTAssertEqual(try f.index.matches("\"refugees\" country:\(code.lowercased())"), Set(expected))
        let name = f.meetings.first { $0.attendance[0].country == code }!.attendance[0].asWritten
        XCTAssertEqual(try f.index.matches("\"refugees\" country:\"\(name)\""), Set(expected))

        // date:
        let in2017 = Set(f.meetings.filter { $0.date.hasPrefix("2017") }.map(\.id))
        XCTAssertEqual(try f.index.matches("\"refugees\" date:2017"), refugees.filter { in2017.contains($0.meeting) })
        let range = Set(f.meetings.filter { $0.date >= "2016-09-20" && $0.date <= "2017-09-22" }.map(\.id))
        XCTAssertEqual(try f.index.matches("\"refugees\" date:2016-09-20..2017-09-22"), refugees.filter { range.contains($0.meeting) })
        XCTAssertEqual(try f.index.matches("\"refugees\" date:2017 date:2016"), [])

        // speaker: by name words and by id
        let meeting = f.meetings.first { $0.people.first?.name?.contains(" ") == true }!
        let person = meeting.people[0]
        let all = Set(meeting.paragraphs.map { ParagraphRef(meeting: meeting.id, paragraph: $0.index) })
        let byName = try f.index.matches("speaker:\"\(person.name!)\"")
        XCTAssertTrue(byName.isSuperset(of: all))
        XCTAssertTrue(
            byName.allSatisfy { ref in
                f.meetings.first { $0.id == ref.meeting }!.people[0].name!.contains(person.name!.split(separator: " ").last!)
            })
        XCTAssertEqual(try f.index.matches("speaker:\(person.id)"), all)

        // org: and body:
        XCTAssertEqual(try f.index.matches("\"refugees\" org:UN"), refugees)
        // No meeting of this store is the OIC's and no gazetteer is passed in: OIC names nothing known here.
        XCTAssertThrowsError(try f.index.matches("\"refugees\" org:OIC")) { error in
            guard case .query(.unknownValue(field: "org", value: "OIC", _, _))? = error as? SearchError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try f.index.matches("\"refugees\" body:\"general debate\""), refugees)

        // cites: number, symbol without year, full symbol
        var citing: [String: Set<ParagraphRef>] = [:]
        for m in f.meetings {
            for p in m.paragraphs {
                for c in p.citations { citing[c.symbol!, default: []].insert(ParagraphRef(meeting: m.id, paragraph: p.index)) }
            }
        }
        let (symbol, refs) = try XCTUnwrap(citing.max { $0.value.count < $1.value.count })
        let number = symbol.dropFirst(6).prefix { $0 != " " }
        XCTAssertEqual(try f.index.matches("cites:\"\(symbol)\""), refs)
        XCTAssertEqual(try f.index.matches("cites:S/RES/\(number)"), refs)
        XCTAssertEqual(try f.index.matches("cites:\(number)"), refs)
    }

    func testUnknownCountryIsAMessage() throws {
        let f = try fixture()
        XCTAssertThrowsError(try f.index.matches("peace country:Atlantis")) { error in
            XCTAssertEqual(error as? SearchError, .query(.unknownValue(field: "country", value: "Atlantis", suggestion: nil, column: 7)))
        }
    }

    func testPagesAreRankedAndHighlighted() throws {
        let f = try fixture()
        let page = try f.index.search("Rohingya refugees", limit: 10)
        XCTAssertEqual(page.order, .relevance)
        XCTAssertFalse(page.results.isEmpty)
        for result in page.results {
            XCTAssertFalse(result.highlights.isEmpty, result.snippet)
            let scalars = Array(result.snippet.unicodeScalars)
            let marked = result.highlights.map { UNGDCFixture.fold(String(String.UnicodeScalarView(scalars[$0[0]..<$0[1]]))) }
            XCTAssertTrue(marked.allSatisfy { $0.hasPrefix("rohingya") || $0.hasPrefix("refugee") }, "\(marked)")
            XCTAssertFalse(result.speakers.isEmpty)
        }
        // Newest first: dates never increase.
        let newest = try f.index.search("refugees", limit: 30, ranking: .newest)
        XCTAssertEqual(newest.order, .newest)
        XCTAssertEqual(newest.results.map(\.date), newest.results.map(\.date).sorted(by: >))
        // A window smaller than the match count ranks the newest matches only.
        let windowed = try f.index.search("refugees", limit: 5, ranking: .relevance(window: 20))
        XCTAssertEqual(windowed.order, .relevanceWithinNewest)
        XCTAssertEqual(windowed.window, 20)
        XCTAssertEqual(windowed.results.count, 5)
    }

    func testQuickPageFallsBackToNewestWhenRankingOverruns() throws {
        let f = try fixture()
        XCTAssertEqual(try f.index.search("refugees", limit: 10, ranking: .quick(window: 100_000, budget: 10)).order, .relevance)
        // Ranking every paragraph with "the" takes longer than half a millisecond.
        var orders = Set<SearchPage.Order>()
        for _ in 0..<20 {
            let page = try f.index.search("the", limit: 10, ranking: .quick(window: 100_000, budget: 0.0005))
            XCTAssertEqual(page.results.count, 10)
            orders.insert(page.order)
            if page.order == .newest { break }
        }
        XCTAssertTrue(orders.contains(.newest), "\(orders)")
        // And the index is usable afterwards: no interrupt left behind.
        XCTAssertEqual(try f.index.search("refugees", limit: 5).results.count, 5)
    }

    func testFacetsCountTheWholeResultSet() throws {
        let f = try fixture()
        let query = try SearchQuery.parse("refugees")
        let facets = try f.index.facets(query)
        XCTAssertEqual(facets.total, try f.index.matches("refugees").count)
        XCTAssertEqual(facets.years.values.reduce(0, +), facets.total)
        XCTAssertEqual(Set(facets.years.keys), [2016, 2017, 2022])
        XCTAssertEqual(facets.organizations, ["UN": facets.total])
        XCTAssertEqual(facets.speakers.values.reduce(0, +), facets.total)
    }

    func testDidYouMean() throws {
        let f = try fixture()
        let page = try f.index.search("climat chnge", limit: 5)
        XCTAssertTrue(page.results.isEmpty)
        XCTAssertEqual(page.suggestion, "climate change")
        XCTAssertNil(try f.index.search("xqzzyv", limit: 5).suggestion)
    }

    func testCancelledSearchThrows() throws {
        let f = try fixture()
        let token = SearchCancellation()
        token.cancel()
        XCTAssertThrowsError(try f.index.search("peace", cancellation: token)) { error in
            XCTAssertEqual(error as? SearchError, .cancelled)
        }
    }
}

extension RealTextSearchTests {
    /// `plenary_rank` gives FTS5's own bm25() scores, and without the phrase counts the same
    /// order for single-term queries (the only ones that skip them).
    func testRankFunctionAgreesWithBM25() throws {
        let f = try fixture()
        let queries = [
            "ceasefire", "\"climate change\"", "negotiat*", "country:AFG peace", "nuclear weapons",
            "refugees OR migrants", "\"territorial integrity\" -Ukraine", "the",
            "peace negotiat*", "desertif* OR refugee*", "country:AFG negotiat*",
        ]
        // bm25() sees a prefix as FTS5 reads it; ours as the compiler writes it out (its terms, ranked as one).
        var native = f.index.filterResolver
        native.prefixTerms = { _ in nil }
        for text in queries {
            let query = try SearchQuery.parse(text)
            let compiled = try f.index.compile(query)
            let match = try XCTUnwrap(compiled.match, text)
            let nativeMatch = try XCTUnwrap(try QueryCompiler.compile(query, resolver: native).match, text)
            if text.hasSuffix("*") { XCTAssertNotNil(compiled.phraseGroups, "\(text) is written out as its terms") }
            let groups = RankFunction.orderTerm(weightedTerms: 2, phraseGroups: compiled.phraseGroups).dropFirst(
                "plenary_rank(fts, 1".count)
            try f.index.db.read { db in
                let bm25 = try Row.fetchAll(
                    db, sql: "SELECT rowid, \(IndexSchema.rankFunction) FROM fts WHERE fts MATCH ? ORDER BY rowid", arguments: [nativeMatch]
                )
                let ours = try Row.fetchAll(
                    db, sql: "SELECT rowid, plenary_rank(fts, 1\(groups) FROM fts WHERE fts MATCH ? ORDER BY rowid", arguments: [match])
                XCTAssertFalse(bm25.isEmpty, text)
                XCTAssertEqual(bm25.map { $0[0] as Int64 }, ours.map { $0[0] as Int64 }, text)
                for (a, b) in zip(bm25, ours) {
                    XCTAssertEqual(a[1] as Double, b[1] as Double, accuracy: 1e-9 * max(1, abs(a[1] as Double)), text)
                }
                let expected = try Int64.fetchAll(
                    db, sql: "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY \(IndexSchema.rankFunction), rowid DESC LIMIT 100",
                    arguments: [nativeMatch])
                let rankTerm = RankFunction.orderTerm(weightedTerms: compiled.weightedTerms, phraseGroups: compiled.phraseGroups)
                let order = try Int64.fetchAll(
                    db, sql: "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY \(rankTerm), rowid DESC LIMIT 100", arguments: [match])
                XCTAssertEqual(order, expected, text)
            }
        }
    }
}
