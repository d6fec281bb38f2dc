/// The best `count` of many scored rows, in order: lower score first (FTS5 ranks are
/// negative), then newer (higher rowid) first. A page wants 50 of up to 50,000 ranked
/// matches; sorting them all was half of the ranking's own time.
enum BestScores {
    typealias Scored = (rowid: Int64, score: Double)

    @inline(__always)
    static func isBetter(_ a: Scored, _ b: Scored) -> Bool {
        a.score != b.score ? a.score < b.score : a.rowid > b.rowid
    }

    /// The same rows as `rows.sorted(by: isBetter).prefix(count)`, kept in a sorted buffer of
    /// `count` that a row enters only when it beats the buffer's worst.
    static func best(_ rows: [Scored], count: Int) -> [Scored] {
        guard count > 0 else { return [] }
        if rows.count <= count * 4 { return Array(rows.sorted(by: isBetter).prefix(count)) }
        var kept: [Scored] = []
        kept.reserveCapacity(count + 1)
        for row in rows {
            if kept.count == count {
                guard isBetter(row, kept[count - 1]) else { continue }
                kept.removeLast()
            }
            // Binary search for the first kept row the new one beats.
            var low = 0, high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if isBetter(kept[middle], row) { low = middle + 1 } else { high = middle }
            }
            kept.insert(row, at: low)
        }
        return kept
    }
}
