import Foundation
import GRDB

/// The index's own tokenizers applied to words, for highlighting: SQLite's porter stem and
/// its case- and diacritic-folded form. Asking SQLite (an in-memory FTS5 table) rather than
/// reimplementing porter keeps highlights in exact agreement with what matched.
final class Stemmer: @unchecked Sendable {
    struct Forms: Sendable, Equatable {
        var stem: String
        var folded: String
    }

    private let queue: DatabaseQueue
    private let lock = NSLock()
    private var cache: [String: Forms] = [:]

    init() throws {
        queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE stem USING fts5(w, tokenize='porter unicode61 remove_diacritics 2');
                    CREATE VIRTUAL TABLE fold USING fts5(w, tokenize='unicode61 remove_diacritics 2');
                    CREATE VIRTUAL TABLE stem_terms USING fts5vocab(stem, 'instance');
                    CREATE VIRTUAL TABLE fold_terms USING fts5vocab(fold, 'instance');
                    """)
        }
    }

    func clear() { lock.withLock { cache.removeAll() } }

    /// Forms of each word (words as `WordTokenizer` cuts them).
    func forms(_ words: [String]) -> [String: Forms] {
        var result: [String: Forms] = [:]
        var missing: [String] = []
        lock.withLock {
            for word in words {
                if let known = cache[word] { result[word] = known } else { missing.append(word) }
            }
        }
        if missing.isEmpty { return result }
        let unique = Array(Set(missing))
        let computed: [String: Forms] =
            (try? queue.write { db -> [String: Forms] in
                let insertStem = try db.makeStatement(sql: "INSERT INTO stem(rowid, w) VALUES (?, ?)")
                let insertFold = try db.makeStatement(sql: "INSERT INTO fold(rowid, w) VALUES (?, ?)")
                for (i, word) in unique.enumerated() {
                    try insertStem.execute(arguments: [i, word])
                    try insertFold.execute(arguments: [i, word])
                }
                var stems: [Int: String] = [:]
                var folds: [Int: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT doc, term FROM stem_terms ORDER BY doc, offset") {
                    let doc: Int = row[0]
                    stems[doc, default: ""] += (stems[doc] == nil ? "" : " ") + (row[1] as String)
                }
                for row in try Row.fetchAll(db, sql: "SELECT doc, term FROM fold_terms ORDER BY doc, offset") {
                    let doc: Int = row[0]
                    folds[doc, default: ""] += (folds[doc] == nil ? "" : " ") + (row[1] as String)
                }
                try db.execute(sql: "DELETE FROM stem; DELETE FROM fold")
                var out: [String: Forms] = [:]
                for (i, word) in unique.enumerated() {
                    out[word] = Forms(stem: stems[i] ?? word.lowercased(), folded: folds[i] ?? word.lowercased())
                }
                return out
            }) ?? [:]
        lock.withLock {
            if cache.count > 200_000 { cache.removeAll() }
            for (word, forms) in computed { cache[word] = forms }
        }
        return result.merging(computed) { a, _ in a }
    }
}
