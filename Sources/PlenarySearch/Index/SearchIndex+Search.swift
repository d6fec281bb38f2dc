import Foundation
import GRDB
import PlenaryModel
import PlenaryStore

extension SearchIndex {
    /// How a page is ordered.
    public enum Ranking: Sendable, Equatable {
        /// Newest first without ranking: a few milliseconds for nearly any query (broad prefixes excepted).
        case newest
        /// BM25 then newer first. With a window, a query matching more paragraphs than that is
        /// ranked over its newest `window` matches (the page says so); `nil` ranks every match.
        case relevance(window: Int?)

        /// Like `.relevance(window:)` when that takes at most `budget` seconds; otherwise the
        /// ranking is interrupted and the page is `.newest`. Bounds the page shown while typing.
        case quick(window: Int, budget: Double)

        /// What `plenary search` uses: the browser's first page without its time budget —
        /// exact ranking up to 2,000 matches, the best of the newest 2,000 beyond (the page
        /// says so). Ranking every one of 70,000 matches costs FTS5 60 ms here, 80 % of it
        /// looking up each row's length; `--exhaustive` asks for it.
        public static let standard = Ranking.relevance(window: 2_000)
    }

    /// The page to show on each keystroke: exact ranking for queries with up to 2,000
    /// matches, the best of the newest 2,000 otherwise, and newest first for the rare query
    /// (stop-word phrases, broad prefixes) that cannot be ranked within 10 ms.
    public static let firstPage = Ranking.quick(window: 2_000, budget: 0.010)

    /// What the browser asks for after a first page that ranked only the newest 2,000
    /// matches: the best of the newest 50,000 (about 50 ms for a phrase in 70,000 paragraphs).
    public static let refinedPage = Ranking.relevance(window: 50_000)

    /// Forgets decoded meetings and word forms (memory, or honest cold timings).
    public func clearCaches() {
        snippets.clear()
        stemmer.clear()
    }

    /// Parses, compiles and runs `text`.
    public func search(
        _ text: String, limit: Int = 50, ranking: Ranking = .standard,
        cancellation: SearchCancellation? = nil
    ) throws(SearchError) -> SearchPage {
        let query: SearchQuery
        do { query = try SearchQuery.parse(text) } catch { throw .query(error) }
        return try search(query, limit: limit, ranking: ranking, cancellation: cancellation)
    }

    public func compile(_ query: SearchQuery) throws(SearchError) -> CompiledQuery {
        do { return try QueryCompiler.compile(query, resolver: filterResolver) } catch { throw .query(error) }
    }

    public func search(
        _ query: SearchQuery, limit: Int = 50, ranking: Ranking = .standard,
        cancellation: SearchCancellation? = nil
    ) throws(SearchError) -> SearchPage {
        let compiled = try compile(query)
        let (rows, order, window) = try run {
            try self.rowids(compiled, limit: limit, ranking: ranking)
        } cancellation: {
            cancellation
        }
        var results = try run {
            try self.results(for: rows, compiled: compiled, limit: limit)
        } cancellation: {
            cancellation
        }
        if order == .newest {
            // Rowid order puts a meeting's last paragraph first: read each meeting top down.
            results.sort { ($0.date, $1.meeting, $1.paragraph) > ($1.date, $0.meeting, $0.paragraph) }
        }
        var suggestion: String?
        if results.isEmpty {
            suggestion = try? run {
                try self.suggestion(for: query, compiled: compiled)
            } cancellation: {
                cancellation
            }
        }
        return SearchPage(results: results, order: order, window: window, suggestion: suggestion, query: query)
    }

    /// Every matching paragraph (no ranking, no text): for tests, exports and counts.
    public func matches(_ text: String, cancellation: SearchCancellation? = nil) throws(SearchError) -> Set<ParagraphRef> {
        let query: SearchQuery
        do { query = try SearchQuery.parse(text) } catch { throw .query(error) }
        let compiled = try compile(query)
        return try run {
            try self.db.read { db in
                var out = Set<ParagraphRef>()
                let (sql, arguments) = self.selection(compiled, columns: "m.id, p.block", order: nil, limit: nil)
                let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try cursor.next() { out.insert(ParagraphRef(meeting: row[0], paragraph: row[1])) }
                return out
            }
        } cancellation: {
            cancellation
        }
    }

    /// Counts per year, organisation and speaker over the whole result set. Costs a pass over
    /// every match (about a second for a term in most of a million paragraphs): run it after
    /// the page, cancellably.
    public func facets(_ query: SearchQuery, cancellation: SearchCancellation? = nil) throws(SearchError) -> SearchFacets {
        let compiled = try compile(query)
        return try run {
            try self.db.read { db in
                var facets = SearchFacets()
                let (sql, arguments) = self.selection(compiled, columns: "p.rowid, m.org, p.speakers", order: nil, limit: nil)
                let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try cursor.next() {
                    facets.total += 1
                    let rowid: Int64 = row[0]
                    facets.years[RowKey.year(ofRow: rowid), default: 0] += 1
                    if let org: String = row[1] { facets.organizations[org, default: 0] += 1 }
                    if let speakers: String = row[2] {
                        for id in speakers.split(separator: "\n") { facets.speakers[String(id), default: 0] += 1 }
                    }
                }
                return facets
            }
        } cancellation: {
            cancellation
        }
    }

    // MARK: Running

    /// Runs `body`, turning an interruption by `cancellation` into `.cancelled`.
    func run<T>(_ body: @escaping () throws -> T, cancellation: () -> SearchCancellation?) throws(SearchError) -> T {
        let token = cancellation()
        do {
            if let token {
                return try token.whileRunning(interrupt: { [db] in db.interrupt() }, body)
            }
            return try body()
        } catch let error as SearchError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw .cancelled
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            throw .index(path: url.path, reason: IndexFailureText.reason(error))
        } catch {
            if token?.isCancelled == true { throw .cancelled }
            throw .index(path: url.path, reason: IndexFailureText.reason(error))
        }
    }

    /// The rows of a page in order, dead rows skipped later; fetches extra to cover them.
    func rowids(_ compiled: CompiledQuery, limit: Int, ranking: Ranking) throws -> ([Int64], SearchPage.Order, Int?) {
        if compiled.isEmpty || limit <= 0 { return ([], .newest, nil) }
        return try db.read { db in
            let dead = Int(try Int64.fromDatabaseValue(IndexWriter.meta(db, "dead")) ?? 0)
            let fetch = limit + dead
            guard let match = compiled.match else {
                let (sql, arguments) = self.selection(compiled, columns: "p.rowid", order: "p.rowid DESC", limit: fetch)
                return (try Int64.fetchAll(db, sql: sql, arguments: arguments), .newest, nil)
            }
            let range = compiled.rows ?? (0...Int64.max)
            func newest() throws -> ([Int64], SearchPage.Order, Int?) {
                let rows = try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT rowid FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?
                        """, arguments: [match, range.lowerBound, range.upperBound, fetch])
                return (rows, .newest, nil)
            }
            let rankTerm = RankFunction.orderTerm(weightedTerms: compiled.weightedTerms, phraseGroups: compiled.phraseGroups)
            func ranked(window: Int?) throws -> ([Int64], SearchPage.Order, Int?) {
                guard let window else {
                    let rows = try Int64.fetchAll(
                        db,
                        sql: """
                            SELECT rowid FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ?
                            ORDER BY \(rankTerm), rowid DESC LIMIT ?
                            """, arguments: [match, range.lowerBound, range.upperBound, fetch])
                    return (rows, .relevance, nil)
                }
                // One pass over the newest `window` + 1 matches, scored as they are read: a second
                // query bounding the window would expand a prefix's terms a second time.
                // A cursor reuses one row: no object per match read.
                let cursor = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT rowid, \(rankTerm) FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ?
                        ORDER BY rowid DESC LIMIT ?
                        """, arguments: [match, range.lowerBound, range.upperBound, window + 1])
                var scored: [BestScores.Scored] = []
                scored.reserveCapacity(window + 1)
                while let row = try cursor.next() { scored.append((row[0], row[1])) }
                let beyondWindow = scored.count > window
                if beyondWindow { scored.removeLast() }
                let rows = BestScores.best(scored, count: fetch).map(\.rowid)
                return beyondWindow ? (rows, .relevanceWithinNewest, window) : (rows, .relevance, nil)
            }
            switch ranking {
            case .newest:
                return try newest()
            case .relevance(let window):
                return try ranked(window: window)
            case .quick(let window, let budget):
                let deadline = Deadline(after: budget) { [queue = self.db] in queue.interrupt() }
                let attempt = Result { try ranked(window: window) }
                let overran = deadline.finish()
                switch attempt {
                case .success(let page):
                    return page
                case .failure(let error as DatabaseError) where overran && error.resultCode == .SQLITE_INTERRUPT:
                    return try newest()
                case .failure(let error):
                    throw error
                }
            }
        }
    }

    /// SQL selecting live matching paragraphs joined with their meeting (`p`, `m`).
    func selection(_ compiled: CompiledQuery, columns: String, order: String?, limit: Int?) -> (String, StatementArguments) {
        let range = compiled.rows ?? (0...Int64.max)
        var sql: String
        var arguments: StatementArguments
        if let match = compiled.match {
            sql = """
                SELECT \(columns) FROM fts JOIN paragraph p ON p.rowid = fts.rowid JOIN meeting m ON m.ref = p.meeting
                WHERE fts MATCH ? AND fts.rowid BETWEEN ? AND ?
                """
            arguments = [match, range.lowerBound, range.upperBound]
        } else {
            sql = """
                SELECT \(columns) FROM paragraph p JOIN meeting m ON m.ref = p.meeting WHERE p.rowid BETWEEN ? AND ?
                """
            arguments = [range.lowerBound, range.upperBound]
            if let excluded = compiled.excluded {
                sql += " AND p.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ?)"
                arguments += [excluded, range.lowerBound, range.upperBound]
            }
        }
        if compiled.isEmpty { sql += " AND 0" }
        if let order { sql += " ORDER BY \(order)" }
        if let limit { sql += " LIMIT \(limit)" }
        return (sql, arguments)
    }

    // MARK: Results

    func results(for rowids: [Int64], compiled: CompiledQuery, limit: Int) throws -> [SearchResult] {
        guard !rowids.isEmpty else { return [] }
        struct Hit: Sendable {
            var block: Int; var number: String?; var speakers: [String]; var id: String; var date: String
            var path: String; var modified: Int64; var people: String?; var ref: Int64
            var citations: [(symbol: String, start: Int, end: Int)] = []
        }
        var hits: [Int64: Hit] = [:]
        try db.read { db in
            let list = rowids.map(String.init).joined(separator: ",")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.rowid, p.block, p.number, p.speakers, m.id, m.date, m.path, m.modified, m.people, p.meeting
                    FROM paragraph p JOIN meeting m ON m.ref = p.meeting WHERE p.rowid IN (\(list))
                    """)
            for row in rows {
                let speakers: String? = row[3]
                hits[row[0]] = Hit(
                    block: row[1], number: row[2], speakers: speakers.map { $0.split(separator: "\n").map(String.init) } ?? [],
                    id: row[4], date: row[5], path: row[6], modified: row[7], people: row[8], ref: row[9])
            }
            // `cites:` marks the citations it names: their offsets, from the citation table.
            if !compiled.highlights.citations.isEmpty {
                for (rowid, hit) in hits {
                    hits[rowid]?.citations = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT symbol, start, "end" FROM citation WHERE meeting = ? AND paragraph = ? AND symbol IS NOT NULL
                            """, arguments: [hit.ref, hit.block]
                    ).map { (symbol: $0[0], start: $0[1], end: $0[2]) }
                }
            }
        }
        let live = Array(rowids.compactMap { hits[$0] }.prefix(limit))
        let root = store.root
        let source = snippets
        // Read the page's paragraphs on every core.
        let texts = Parallel.map(live, threshold: 8) { hit in
            source.text(root: root, path: hit.path, modified: hit.modified, block: hit.block) ?? ""
        }
        let forms = stemmer.forms(Highlighter.wordsNeeded(texts: texts, terms: compiled.highlights))
        return zip(live, texts).map { hit, text in
            let spans = Highlighter.merge(
                Highlighter.spans(in: text, terms: compiled.highlights, forms: forms)
                    + Highlighter.citationSpans(in: text, citations: hit.citations, keys: compiled.highlights.citations))
            let (snippet, highlights) = Snippet.make(text: text, spans: spans)
            var names: [String: String] = [:]
            for line in (hit.people ?? "").split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 1)
                if parts.count == 2 { names[String(parts[0])] = String(parts[1]) }
            }
            return SearchResult(
                meeting: hit.id, date: hit.date, paragraph: hit.block, number: hit.number,
                speakers: hit.speakers.map { names[$0] ?? $0 }, snippet: snippet, highlights: highlights)
        }
    }
}
