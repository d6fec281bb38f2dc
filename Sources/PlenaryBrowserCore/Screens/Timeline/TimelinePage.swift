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
        let items = TimelineItems(within: span.within, outside: span.outside, symbols: symbols, catalog: catalog)
        var page = EntityPage(
            title: name, facts: facts, histogram: Histogram.timeline(bins), items: EntityItems(made: items),
            emptyText: "Nothing to place on the axis.")
        page.compact = true
        return page
    }
}
