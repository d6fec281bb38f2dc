import PlenaryModel

/// The timeline screen's content: the meetings of a body in date order, one line each with
/// the record's symbol and what it adopted, and the references they make (resolutions,
/// presidential statements, events) placed as marks on their own dates, when those fall
/// within the span of the meetings (◆). References from other dates (◇) follow the
/// meetings, so a 2020 timeline starts in 2020, not in 1967. Enter opens the meeting, the
/// naming paragraph or the resolution.
package enum TimelinePage {
    package static func build(
        _ timeline: consuming Timeline, name: String, meetings: Int, records: [Meeting] = [], catalog: Catalog = Catalog()
    )
        -> EntityPage
    {
        let span = TimelineSpan(consume timeline, catalog: catalog)
        let (first, last) = (span.first, span.last)
        let shown = Timeline(entries: span.within)
        let granularity = shown.suggestedGranularity
        let bins = shown.bins(granularity)
        let range = first.isEmpty ? "" : (first == last ? ", \(first)" : ", \(first) to \(last)")
        let references = span.within.count - span.meetings
        var facts = [name, "\(SpeakerPage.plural(meetings, "meeting"))\(range), one step per \(granularity.rawValue)"]
        facts.append(
            "\(SpeakerPage.plural(references, "reference")) dated within that span marked ◆"
                + (span.outside.isEmpty ? "" : "; \(span.outside.count) from other dates listed after the meetings ◇"))
        let symbols = Dictionary(records.compactMap { m in m.symbol.map { (m.id, $0) } }, uniquingKeysWith: { a, _ in a })
        func item(_ entry: Timeline.Entry, mark: String) -> EntityItem {
            switch entry.kind {
            case .meeting:
                let symbol = entry.symbol ?? symbols[entry.meetingID]
                var heading = entry.label
                let adopted = TimelineSpan.outcomes(of: symbol, catalog: catalog)
                if !adopted.isEmpty { heading += " — adopted " + adopted.joined(separator: "; ") }
                return EntityItem(
                    date: entry.date, heading: heading, detail: symbol ?? "meeting", text: "",
                    open: .meeting(id: entry.meetingID, paragraph: nil, highlights: []),
                    citation: (symbol.map { $0 + ", " } ?? "") + entry.label + ", " + entry.date)
            case .event:
                return EntityItem(
                    date: entry.date, heading: "\(entry.label), named by \(SpeakerPage.plural(entry.citedBy, "meeting"))",
                    detail: mark + " event", text: "", open: .meeting(id: entry.meetingID, paragraph: entry.paragraph, highlights: []),
                    citation: "\(entry.label), \(entry.date)",
                    passage: entry.paragraph.map { PassageRef(meeting: entry.meetingID, paragraphs: [$0]) })
            case .resolution:
                return EntityItem(
                    date: entry.date, heading: "\(entry.label), cited by \(SpeakerPage.plural(entry.citedBy, "meeting"))",
                    detail: mark + " " + TimelineSpan.kind(of: entry.symbol ?? entry.label), text: "",
                    open: entry.symbol.map { .link(.resolution(symbol: $0)) },
                    citation: "\(entry.label), \(entry.date)")
            }
        }
        let items = span.within.map { item($0, mark: "◆") } + span.outside.map { item($0, mark: "◇") }
        var page = EntityPage(
            title: name, facts: facts, histogram: Histogram.timeline(bins), items: items,
            emptyText: "Nothing to place on the axis.")
        page.compact = true
        return page
    }
}
