/// Paragraph rowids carry their meeting's date: `day << 24 | slot`. FTS5 walks rowids in
/// order, so "newest first" is a cheap `ORDER BY rowid DESC` and a `date:` filter becomes a
/// rowid range that FTS5 applies while it reads the posting lists, without any join.
enum RowKey {
    static let slotBits: Int64 = 24
    static let slotsPerDay: Int64 = 1 << slotBits

    /// A monotonic day number: 372 "days" a year, 31 a month; gaps are harmless.
    static func day(_ iso: String) -> Int64? {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let y = Int64(parts[0]), let m = Int64(parts[1]), let d = Int64(parts[2]),
            (1...12).contains(m), (1...31).contains(d), y >= 0
        else { return nil }
        return y * 372 + (m - 1) * 31 + (d - 1)
    }

    static func firstRow(ofDay day: Int64) -> Int64 { day << slotBits }

    /// Year of a row, for facets without a join.
    static func year(ofRow row: Int64) -> Int { Int((row >> slotBits) / 372) }

    /// The rows of an inclusive date range (`nil` ends are open).
    static func rows(_ range: DateRange) -> ClosedRange<Int64> {
        let low = range.from.flatMap(day).map(firstRow) ?? 0
        let high = range.to.flatMap(day).map { firstRow(ofDay: $0 + 1) - 1 } ?? Int64.max
        return low...max(low, high)
    }
}
