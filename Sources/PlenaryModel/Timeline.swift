/// Meetings and what they refer to, on one time axis: the meetings of a body or organisation,
/// the dated events their texts name, and the resolutions they cite. Pure, so the command
/// line and the browser draw the same thing.
public struct Timeline: Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case meeting, event, resolution
    }

    public struct Entry: Equatable, Codable, Sendable {
        public var kind: Kind
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        public var date: String
        public var label: String
        /// The meeting itself, or the first meeting that names the event or cites the resolution.
        public var meetingID: String
        /// Block index that names the event or cites the resolution.
        public var paragraph: Int?
        /// Canonical symbol of a cited resolution, or the meeting's record symbol (`S/PV.8710`).
        public var symbol: String?
        /// How many meetings of the timeline name this event or cite this resolution.
        public var citedBy: Int

        public init(kind: Kind, date: String, label: String, meetingID: String, paragraph: Int?, symbol: String?, citedBy: Int) {
            self.kind = kind
            self.date = date
            self.label = label
            self.meetingID = meetingID
            self.paragraph = paragraph
            self.symbol = symbol
            self.citedBy = citedBy
        }
    }

    public enum Granularity: String, Sendable {
        case year, month
    }

    /// One step of the axis with its counts.
    public struct Bin: Equatable, Sendable {
        public var key: String
        public var meetings: Int
        public var references: Int

        public init(key: String, meetings: Int, references: Int) {
            self.key = key
            self.meetings = meetings
            self.references = references
        }
    }

    /// Date order; within a day meetings, then events, then resolutions, each by label.
    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// What the timeline needs of one meeting: its entry and what it refers to, in reading order.
    public struct Source: Sendable {
        public var id: String
        public var date: String
        public var title: String
        /// The record's symbol (`S/PV.8710`), carried onto the meeting's entry.
        public var symbol: String?
        public var events: [ReferencedEvent]
        /// (canonical symbol, block index) of each citation with a symbol.
        public var citations: [(symbol: String, paragraph: Int)]

        public init(
            id: String, date: String, title: String, symbol: String? = nil, events: [ReferencedEvent],
            citations: [(symbol: String, paragraph: Int)]
        ) {
            self.id = id
            self.date = date
            self.title = title
            self.symbol = symbol
            self.events = events
            self.citations = citations
        }

        public init(_ meeting: Meeting) {
            self.init(
                id: meeting.id, date: meeting.date, title: meeting.title, symbol: meeting.symbol, events: meeting.events,
                citations: meeting.paragraphs.flatMap { p in p.citations.compactMap { c in c.symbol.map { ($0, p.index) } } })
        }
    }

    /// Builds the timeline of `meetings`. `resolutionDates` (symbol → adoption date, from the
    /// catalogue) places resolutions on their day; without it the year in the symbol is used.
    public static func build(meetings: [Meeting], resolutionDates: [String: String] = [:]) -> Timeline {
        build(sources: meetings.map(Source.init), resolutionDates: resolutionDates)
    }

    /// The timeline of meetings given as `Source`s; a reference names the first meeting of
    /// `sources` (in the order given) that refers to it.
    public static func build(sources: [Source], resolutionDates: [String: String] = [:]) -> Timeline {
        var entries: [Entry] = []
        // Room for the references too (at most one per citation or event): growing tens of
        // thousands of entries once more moves them all.
        entries.reserveCapacity(sources.reduce(sources.count) { $0 + $1.events.count + $1.citations.count })
        // References in the order first met, with how many meetings name each: a meeting is
        // counted once however often it cites (it is the last one counted when it repeats).
        var references: [Entry] = []
        var citedBy: [Int] = [], lastCounted: [Int] = []
        var eventSlots: [String: Int] = [:], resolutionSlots: [String: Int] = [:]
        var symbolDates: [String: String?] = [:]
        func count(_ slot: Int, _ meeting: Int) {
            if lastCounted[slot] != meeting { lastCounted[slot] = meeting; citedBy[slot] += 1 }
        }
        func add(_ entry: Entry) -> Int {
            references.append(entry)
            citedBy.append(0)
            lastCounted.append(-1)
            return references.count - 1
        }
        for (position, meeting) in sources.enumerated() {
            entries.append(
                Entry(
                    kind: .meeting, date: meeting.date, label: meeting.title, meetingID: meeting.id,
                    paragraph: nil, symbol: meeting.symbol, citedBy: 0))
            for event in meeting.events {
                let key = "\(event.date)|\(event.label.lowercased())"
                let slot =
                    eventSlots[key]
                    ?? add(
                        Entry(
                            kind: .event, date: event.date, label: event.label, meetingID: meeting.id,
                            paragraph: event.paragraph, symbol: nil, citedBy: 0))
                eventSlots[key] = slot
                count(slot, position)
            }
            for (symbol, paragraph) in meeting.citations {
                let known = symbolDates[symbol]
                let found = known ?? (resolutionDates[symbol] ?? Timeline.year(of: symbol))
                if known == nil { symbolDates[symbol] = .some(found) }
                guard let date = found else { continue }
                let slot =
                    resolutionSlots[symbol]
                    ?? add(
                        Entry(
                            kind: .resolution, date: date, label: symbol, meetingID: meeting.id,
                            paragraph: paragraph, symbol: symbol, citedBy: 0))
                resolutionSlots[symbol] = slot
                count(slot, position)
            }
        }
        for (slot, var entry) in references.enumerated() {
            entry.citedBy = citedBy[slot]
            entries.append(entry)
        }
        // Stable: equal entries keep the order of `sources`. Positions are sorted rather than
        // the entries themselves, which a million-paragraph store makes tens of thousands.
        var order = Array(entries.indices)
        let dates = entries.map(\.date), labels = entries.map(\.label), kinds = entries.map(\.kind)
        dates.withUnsafeBufferPointer { d in
            labels.withUnsafeBufferPointer { l in
                order.sort { i, j in
                    if d[i] != d[j] { return d[i] < d[j] }
                    // Meetings first, then events, then resolutions (these two used to keep hash order).
                    if kinds[i] != kinds[j] { return kinds[i] == .meeting || (kinds[i] == .event && kinds[j] == .resolution) }
                    if l[i] != l[j] { return l[i] < l[j] }
                    return i < j
                }
            }
        }
        entries.permute(to: order)
        return Timeline(entries: entries)
    }

    /// The year a symbol names: `S/RES/822 (1993)` → 1993, `S/PRST/2021/3` → 2021.
    public static func year(of symbol: String) -> String? {
        let digits = symbol.split(whereSeparator: { !$0.isNumber }).map(String.init)
        switch CitationSymbol.kind(of: symbol) {
        case .securityCouncilResolution: return digits.last
        case .presidentialStatement: return digits.first
        default: return nil
        }
    }

    /// Month steps for spans of up to three years, year steps beyond.
    public var suggestedGranularity: Granularity {
        guard let first = entries.first?.date.prefix(4), let last = entries.last?.date.prefix(4),
            let a = Int(first), let b = Int(last)
        else { return .year }
        return b - a <= 3 ? .month : .year
    }

    /// Counts per step, every step from the first entry to the last (empty steps included,
    /// so bars keep their place on the axis).
    public func bins(_ granularity: Granularity) -> [Bin] {
        guard let first = entries.first, let last = entries.last,
            let y0 = Int(first.date.prefix(4)), let y1 = Int(last.date.prefix(4))
        else { return [] }
        var keys: [String] = []
        for year in y0...y1 {
            if granularity == .year {
                keys.append(String(year))
            } else {
                for month in 1...12 { keys.append(ISODate.format(year: year, month: month, day: 1).prefix(7).description) }
            }
        }
        var index: [String: Int] = [:]
        for (i, key) in keys.enumerated() { index[key] = i }
        var bins = keys.map { Bin(key: $0, meetings: 0, references: 0) }
        // By position, not `for entry in entries`: that copies (and retains) every entry's strings.
        entries.withUnsafeBufferPointer { entries in
            for n in entries.indices {
                let date = entries[n].date
                let key =
                    granularity == .year
                    ? String(date.prefix(4))
                    : (date.utf8.count >= 7 ? String(date.prefix(7)) : "\(date.prefix(4))-01")
                guard let i = index[key] else { continue }
                if entries[n].kind == .meeting { bins[i].meetings += 1 } else { bins[i].references += 1 }
            }
        }
        return bins
    }
}
