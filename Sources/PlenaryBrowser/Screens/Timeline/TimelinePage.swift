import PlenaryModel

/// The timeline screen's content: the meetings of a body in date order, one line each with
/// the record's symbol and what it adopted, and the references they make (resolutions,
/// presidential statements, events) placed as marks on their own dates, when those fall
/// within the span of the meetings (◆). References from other dates (◇) follow the
/// meetings, so a 2020 timeline starts in 2020, not in 1967. Enter opens the meeting, the
/// naming paragraph or the resolution.
enum TimelinePage {
    static func build(_ timeline: Timeline, name: String, meetings: Int, records: [Meeting] = [], catalog: Catalog = Catalog()) -> EntityPage {
        // Presidential statements are dated by the meeting that adopted them, when the
        // catalogue knows it; what is known by its year alone goes after that year's days.
        var adopted: [String: String] = [:]
        for record in catalog.meetings.values {
            guard let date = record.date else { continue }
            for symbol in record.outcomes where adopted[symbol] == nil { adopted[symbol] = date }
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
        let timeline = Timeline(entries: dated)
        let meetingEntries = timeline.entries.filter { $0.kind == .meeting }
        let first = meetingEntries.map(\.date).min() ?? ""
        let last = meetingEntries.map(\.date).max() ?? ""
        let inRange = timeline.entries.filter { entry in
            entry.kind == .meeting || TimelinePage.within(entry.date, first, last)
        }
        let outsideEntries = timeline.entries.filter { entry in
            entry.kind != .meeting && !TimelinePage.within(entry.date, first, last)
        }
        let outside = outsideEntries.count
        let shown = Timeline(entries: inRange)
        let granularity = shown.suggestedGranularity
        let bins = shown.bins(granularity)
        let span = first.isEmpty ? "" : (first == last ? ", \(first)" : ", \(first) to \(last)")
        let references = inRange.count - meetingEntries.count
        var facts = [name, "\(SpeakerPage.plural(meetings, "meeting"))\(span), one step per \(granularity.rawValue)"]
        facts.append("\(SpeakerPage.plural(references, "reference")) dated within that span marked ◆"
                     + (outside > 0 ? "; \(outside) from other dates listed after the meetings ◇" : ""))
        let symbols = Dictionary(records.compactMap { m in m.symbol.map { (m.id, $0) } }, uniquingKeysWith: { a, _ in a })
        func item(_ entry: Timeline.Entry, mark: String) -> EntityItem {
            switch entry.kind {
            case .meeting:
                let symbol = symbols[entry.meetingID]
                var heading = entry.label
                if let symbol, let record = catalog.meeting(record: symbol) {
                    let adopted = CouncilRecord(record, catalog: catalog).outcomes.map(\.text)
                    if !adopted.isEmpty { heading += " — adopted " + adopted.joined(separator: "; ") }
                }
                return EntityItem(date: entry.date, heading: heading, detail: symbol ?? "meeting", text: "",
                                  open: .meeting(id: entry.meetingID, paragraph: nil, highlights: []),
                                  citation: [symbol, entry.label, entry.date].compactMap { $0 }.joined(separator: ", "))
            case .event:
                return EntityItem(date: entry.date, heading: "\(entry.label), named by \(SpeakerPage.plural(entry.citedBy, "meeting"))",
                                  detail: mark + " event", text: "", open: .meeting(id: entry.meetingID, paragraph: entry.paragraph, highlights: []),
                                  citation: "\(entry.label), \(entry.date)",
                                  passage: entry.paragraph.map { PassageRef(meeting: entry.meetingID, paragraphs: [$0]) })
            case .resolution:
                return EntityItem(date: entry.date, heading: "\(entry.label), cited by \(SpeakerPage.plural(entry.citedBy, "meeting"))",
                                  detail: mark + " " + TimelinePage.kind(of: entry.symbol ?? entry.label), text: "",
                                  open: entry.symbol.map { .link(.resolution(symbol: $0)) },
                                  citation: "\(entry.label), \(entry.date)")
            }
        }
        let items = inRange.map { item($0, mark: "◆") } + outsideEntries.map { item($0, mark: "◇") }
        var page = EntityPage(title: name, facts: facts, histogram: Histogram.timeline(bins), items: items,
                              emptyText: "Nothing to place on the axis.")
        page.compact = true
        return page
    }

    /// What a cited symbol is, in words.
    static func kind(of symbol: String) -> String {
        switch CitationSymbol.kind(of: symbol) {
        case .presidentialStatement?: return "presidential statement"
        case .generalAssemblyResolution?, .emergencySessionResolution?, .oldGeneralAssemblyResolution?: return "GA resolution"
        case .oicResolution?: return "OIC resolution"
        case .securityCouncilResolution?, nil: return "resolution"
        }
    }

    /// Whether `date` (a day, a month or a year) falls within `first`…`last` (days).
    static func within(_ date: String, _ first: String, _ last: String) -> Bool {
        guard !first.isEmpty else { return false }
        // A year or month is within when the span touches it.
        return date >= String(first.prefix(date.count)) && date <= String(last.prefix(date.count))
    }
}
