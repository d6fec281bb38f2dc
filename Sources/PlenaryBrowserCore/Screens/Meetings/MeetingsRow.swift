/// A row of the meetings list: a year heading or a meeting (index into the catalog, and its
/// position among the listed meetings for the "12/345" counter).
public enum MeetingsRow: Equatable, Sendable {
    case year(String, count: Int)
    case meeting(index: Int, ordinal: Int)

    var isMeeting: Bool {
        if case .meeting = self { return true }
        return false
    }

    /// Rows for these catalog indexes (already newest first), a heading before each year.
    static func grouped(_ indexes: [Int], in catalog: MeetingCatalog) -> [MeetingsRow] {
        var rows: [MeetingsRow] = []
        rows.reserveCapacity(indexes.count + 64)
        var i = 0
        var ordinal = 1
        let summaries = catalog.summaries
        while i < indexes.count {
            let year = String(summaries[indexes[i]].date.prefix(4))
            var j = i
            while j < indexes.count && summaries[indexes[j]].date.hasPrefix(year) { j += 1 }
            rows.append(.year(year, count: j - i))
            for k in i..<j {
                rows.append(.meeting(index: indexes[k], ordinal: ordinal))
                ordinal += 1
            }
            i = j
        }
        return rows
    }
}
