import Foundation
import GRDB

extension SearchIndex {
    /// "Did you mean": the query with each typed word that is not in the index replaced by the
    /// closest indexed word (edit distance, then frequency), or `nil` when nothing is close.
    func suggestion(for query: SearchQuery, compiled: CompiledQuery) throws -> String? {
        guard !compiled.typedWords.isEmpty else { return nil }
        var replacements: [(TypedWord, String)] = []
        try db.read { db in
            for typed in compiled.typedWords {
                let folded = typed.token.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
                guard let first = folded.unicodeScalars.first else { continue }
                let known =
                    try Int.fetchOne(
                        db, sql: "SELECT doc FROM fts_vocab WHERE term = ?",
                        arguments: [ExactForm.encode(folded)]) ?? 0
                if known > 0 { continue }
                let low = ExactForm.encode(String(first))
                let high = String(first) + "1"
                let limit = folded.count <= 4 ? 1 : 2
                var best: (distance: Int, docs: Int, word: String)?
                let cursor = try Row.fetchCursor(
                    db, sql: "SELECT term, doc FROM fts_vocab_col WHERE col = 'raw' AND term >= ? AND term < ?",
                    arguments: [low, high])
                while let row = try cursor.next() {
                    let term: String = row[0]
                    guard let word = ExactForm.decode(term), abs(word.count - folded.count) <= limit,
                        let distance = EditDistance.distance(word, folded, limit: limit)
                    else { continue }
                    let docs: Int = row[1]
                    if best == nil || distance < best!.distance || (distance == best!.distance && docs > best!.docs) {
                        best = (distance, docs, word)
                    }
                }
                if let best { replacements.append((typed, best.word)) }
            }
        }
        guard !replacements.isEmpty else { return nil }
        var chars = Array(query.text)
        for (typed, word) in replacements.sorted(by: { $0.0.column > $1.0.column }) {
            let start = typed.column - 1
            let end = min(chars.count, start + typed.length)
            // Keep a trailing `*` of a prefix.
            let keepStar = end > start && chars[end - 1] == "*"
            chars.replaceSubrange(start..<(keepStar ? end - 1 : end), with: Array(word))
        }
        return String(chars)
    }
}
