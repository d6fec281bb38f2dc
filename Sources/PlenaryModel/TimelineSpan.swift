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
    public init(_ timeline: Timeline, catalog: Catalog = Catalog()) {
        var adopted: [String: String] = [:]
        for record in catalog.meetings.values {
            guard let date = record.date else { continue }
            for symbol in record.outcomes where adopted[symbol].map({ date < $0 }) ?? true { adopted[symbol] = date }
        }
        var dated = timeline.entries.map { entry -> Timeline.Entry in
            var entry = entry
            if entry.kind == .resolution, entry.date.count == 4, let symbol = entry.symbol, let day = adopted[symbol] { entry.date = day }
            return entry
        }
        func key(_ e: Timeline.Entry) -> String { e.date.count == 4 ? e.date + "-13" : e.date }
        dated.sort { a, b in
            if key(a) != key(b) { return key(a) < key(b) }
            if a.kind != b.kind { return a.kind == .meeting }
            return a.label < b.label
        }
        let days = dated.lazy.filter { $0.kind == .meeting }.map(\.date)
        first = days.min() ?? ""
        last = days.max() ?? ""
        let (first, last) = (first, last)
        within = dated.filter { $0.kind == .meeting || TimelineSpan.contains($0.date, first, last) }
        outside = dated.filter { $0.kind != .meeting && !TimelineSpan.contains($0.date, first, last) }
    }

    /// How many meetings the span holds.
    public var meetings: Int { within.lazy.filter { $0.kind == .meeting }.count }

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
