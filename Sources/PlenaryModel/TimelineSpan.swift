/// A timeline arranged for reading, the same on the command line and in the browser: the
/// meetings in date order with the references (resolutions, presidential statements, events)
/// placed on their own dates when those fall within the span of the meetings, then the
/// references from other dates — so a 2020 timeline starts in 2020, not in 1967.
public struct TimelineSpan: Equatable, Sendable {
    /// First and last meeting day; empty when there is no meeting.
    public var first: String
    public var last: String
    /// Meetings, and references dated within `first`…`last`, in date order.
    public var within: [Timeline.Entry]
    /// References dated before or after the meetings, in date order.
    public var outside: [Timeline.Entry]

    /// Presidential statements are known by their year alone (`S/PRST/2020/1`); they are put
    /// on the day of the meeting that adopted them when the catalogue knows it, and what is
    /// still known by its year goes after that year's days.
    public init(_ timeline: consuming Timeline, catalog: Catalog = Catalog()) {
        var adopted: [String: String] = [:]
        for record in catalog.meetings.values {
            guard let date = record.date else { continue }
            for symbol in record.outcomes where adopted[symbol].map({ date < $0 }) ?? true { adopted[symbol] = date }
        }
        // Taken out of `timeline`, not copied: a whole-store timeline has tens of thousands of
        // entries of five strings each, and a copy retains every one of them.
        var dated: [Timeline.Entry] = []
        swap(&dated, &timeline.entries)
        for i in dated.indices where dated[i].kind == .resolution && dated[i].date.utf8.count == 4 {
            if let symbol = dated[i].symbol, let day = adopted[symbol] { dated[i].date = day }
        }
        // Positions are sorted, keys made once, entries moved into place at the end.
        var keys: [String] = [], labels: [String] = [], kinds: [Timeline.Kind] = []
        keys.reserveCapacity(dated.count)
        labels.reserveCapacity(dated.count)
        kinds.reserveCapacity(dated.count)
        var first: String?, last: String?
        for i in dated.indices {
            let date = dated[i].date
            keys.append(date.utf8.count == 4 ? date + "-13" : date)
            labels.append(dated[i].label)
            kinds.append(dated[i].kind)
            if dated[i].kind == .meeting {
                if first.map({ date < $0 }) ?? true { first = date }
                if last.map({ date > $0 }) ?? true { last = date }
            }
        }
        var order = Array(dated.indices)
        keys.withUnsafeBufferPointer { keys in
            labels.withUnsafeBufferPointer { labels in
                order.sort { i, j in
                    if keys[i] != keys[j] { return keys[i] < keys[j] }
                    if kinds[i] != kinds[j] { return kinds[i] == .meeting }
                    return labels[i] < labels[j]
                }
            }
        }
        let (from, through) = (first ?? "", last ?? "")
        dated.permute(to: order)
        let isOutside = { (entry: Timeline.Entry) in entry.kind != .meeting && !TimelineSpan.contains(entry.date, from, through) }
        let outside = dated.filter(isOutside)
        if !outside.isEmpty { dated.removeAll(where: isOutside) }
        (self.first, self.last, self.within, self.outside) = (from, through, dated, outside)
    }

    /// How many meetings the span holds.
    public var meetings: Int {
        within.withUnsafeBufferPointer { entries in
            var count = 0
            for i in entries.indices where entries[i].kind == .meeting { count += 1 }
            return count
        }
    }

    /// Whether `date` (a day, a month or a year) falls within `first`…`last` (days); a year
    /// or a month is within when the span touches it.
    public static func contains(_ date: String, _ first: String, _ last: String) -> Bool {
        guard !first.isEmpty else { return false }
        return date >= String(first.prefix(date.count)) && date <= String(last.prefix(date.count))
    }

    /// What a cited symbol is, in words: `S/PRST/2020/1` is a presidential statement.
    public static func kind(of symbol: String) -> String {
        switch CitationSymbol.kind(of: symbol) {
        case .presidentialStatement?: return "presidential statement"
        case .generalAssemblyResolution?, .emergencySessionResolution?, .oldGeneralAssemblyResolution?: return "GA resolution"
        case .oicResolution?: return "OIC resolution"
        case .securityCouncilResolution?, nil: return "resolution"
        }
    }

    /// What a Council record adopted, as the catalogue prints it: "S/RES/2542 (2020) 13-0-2".
    public static func outcomes(of symbol: String?, catalog: Catalog) -> [String] {
        guard let symbol, let record = catalog.meeting(record: symbol) else { return [] }
        return CouncilRecord(record, catalog: catalog).outcomes.map(\.text)
    }
}
