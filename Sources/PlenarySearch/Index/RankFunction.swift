import Foundation
import GRDB
import GRDBSQLite

/// `plenary_rank(fts, idf)`: FTS5's BM25, computed as its `bm25()` computes it (same k1, b,
/// column weights, document length and averages), registered as an FTS5 auxiliary function.
///
/// Why not `bm25()` itself: before ranking its first row, `bm25()` counts every row of the
/// whole table that matches each phrase, to weigh phrases against each other — 6 ms for
/// "climate change" over a million paragraphs, even when only the newest 2,000 matches are
/// ranked. With `idf` = 0 that count is skipped. The scores then differ from BM25 by one
/// positive factor, so the order is the same, whenever the query has a single weighted phrase
/// (one word, phrase or prefix; filters weigh nothing). With `idf` = 1 the scores are BM25's.
///
/// A third argument, "0 0 0 1", puts phrases in groups that count as one phrase: a prefix the
/// compiler wrote out as its terms (`ExactTerms`) then scores as FTS5 scores the prefix.
enum RankFunction {
    static let name = "plenary_rank"

    /// Adds the function to one connection.
    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        guard let create = api.pointee.xCreateFunction else { throw DatabaseError(message: "FTS5 cannot add functions") }
        let code = create(UnsafeMutablePointer(mutating: api), name, nil, rankRow, nil)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot add \(name)") }
    }

    /// The ORDER BY term for a query with `weightedTerms` words, phrases and prefixes, and
    /// `phraseGroups` (`CompiledQuery.phraseGroups`) when some phrases count as one.
    static func orderTerm(weightedTerms: Int, phraseGroups: [Int]? = nil) -> String {
        let groups = phraseGroups.map { ", '" + $0.map(String.init).joined(separator: " ") + "'" } ?? ""
        return "\(name)(fts, \(weightedTerms > 1 ? 1 : 0)\(groups))"
    }

    static let k1 = 1.2
    static let b = 0.75

    /// Per-query constants, computed on the first row and kept by FTS5 (`xSetAuxdata`).
    final class QueryData {
        let weights: [Double]
        /// The group of each phrase; idf and frequencies are per group.
        let groupOf: [Int]
        var idf: [Double]
        let averageLength: Double
        var frequencies: [Double]

        init(phrases: Int, groups: [Int]?, averageLength: Double) {
            weights = IndexSchema.rankWeights
            let groupOf = groups.flatMap { $0.count == phrases ? $0 : nil } ?? Array(0..<phrases)
            self.groupOf = groupOf
            let count = (groupOf.max() ?? -1) + 1
            idf = Array(repeating: 1, count: count)
            self.averageLength = averageLength
            frequencies = Array(repeating: 0, count: count)
        }

        /// "0 0 1" → [0, 0, 1]; `nil` for anything else.
        static func groups(_ text: String) -> [Int]? {
            let parts = text.split(separator: " ").map { Int($0) }
            guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? -1) >= 0 }) else { return nil }
            return parts.map { $0! }
        }
    }
}

/// The function FTS5 calls for each row; mirrors `fts5Bm25Function` of SQLite's fts5_aux.c.
private let rankRow: fts5_extension_function = { api, fts, context, count, values in
    guard let api = api?.pointee, let fts else { return }
    func fail(_ code: Int32) { sqlite3_result_error_code(context, code) }

    let data: RankFunction.QueryData
    if let saved = api.xGetAuxdata(fts, 0) {
        data = Unmanaged<RankFunction.QueryData>.fromOpaque(saved).takeUnretainedValue()
    } else {
        var rows: Int64 = 0, tokens: Int64 = 0
        var code = api.xRowCount(fts, &rows)
        if code == SQLITE_OK { code = api.xColumnTotalSize(fts, -1, &tokens) }
        guard code == SQLITE_OK else { return fail(code) }
        let phrases = Int(api.xPhraseCount(fts))
        var groups: [Int]?
        if count > 1, let values, let text = sqlite3_value_text(values[1]) {
            groups = RankFunction.QueryData.groups(String(cString: text))
        }
        data = RankFunction.QueryData(phrases: phrases, groups: groups, averageLength: rows > 0 ? Double(tokens) / Double(rows) : 0)
        let wantsIDF = count > 0 && values.map { sqlite3_value_int($0[0]) != 0 } ?? false
        if wantsIDF {
            for group in data.idf.indices {
                let members = data.groupOf.indices.filter { data.groupOf[$0] == group }
                var hits: Int64 = 0
                if members.count == 1 {
                    code = api.xQueryPhrase(fts, Int32(members[0]), &hits) { _, _, user in
                        user!.assumingMemoryBound(to: Int64.self).pointee += 1
                        return SQLITE_OK
                    }
                } else {
                    // Rows matching any of the group's phrases, each counted once.
                    final class Rows { var ids = Set<Int64>() }
                    let seen = Rows()
                    let user = Unmanaged.passUnretained(seen).toOpaque()
                    for member in members where code == SQLITE_OK {
                        code = api.xQueryPhrase(fts, Int32(member), user) { api, fts, user in
                            guard let api, let fts, let user else { return SQLITE_ERROR }
                            Unmanaged<Rows>.fromOpaque(user).takeUnretainedValue().ids.insert(api.pointee.xRowid(fts))
                            return SQLITE_OK
                        }
                    }
                    hits = Int64(seen.ids.count)
                }
                guard code == SQLITE_OK else { return fail(code) }
                let idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
                data.idf[group] = idf > 0 ? idf : 1e-6
            }
        }
        let retained = Unmanaged.passRetained(data).toOpaque()
        code = api.xSetAuxdata(fts, retained) { pointer in
            if let pointer { Unmanaged<RankFunction.QueryData>.fromOpaque(pointer).release() }
        }
        guard code == SQLITE_OK else { return fail(code) }
    }

    for i in data.frequencies.indices { data.frequencies[i] = 0 }
    var instances: Int32 = 0
    var code = api.xInstCount(fts, &instances)
    guard code == SQLITE_OK else { return fail(code) }
    for instance in 0..<instances {
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        code = api.xInst(fts, instance, &phrase, &column, &offset)
        guard code == SQLITE_OK else { return fail(code) }
        let weight = Int(column) < data.weights.count ? data.weights[Int(column)] : 1
        data.frequencies[data.groupOf[Int(phrase)]] += weight
    }
    var length: Int32 = 0
    code = api.xColumnSize(fts, -1, &length)
    guard code == SQLITE_OK else { return fail(code) }

    let k1 = RankFunction.k1, b = RankFunction.b
    let norm = k1 * (1 - b + b * Double(length) / data.averageLength)
    var score = 0.0
    for (i, frequency) in data.frequencies.enumerated() {
        score += data.idf[i] * (frequency * (k1 + 1)) / (frequency + norm)
    }
    sqlite3_result_double(context, -score)
}
