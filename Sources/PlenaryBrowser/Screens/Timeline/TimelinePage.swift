import PlenaryModel

/// The timeline screen's content: the same `Timeline` as `plenary timeline` — meetings of a
/// body on an axis of month or year steps, with the events they name and the resolutions
/// they cite placed on the same axis. Enter opens the meeting, the naming paragraph or the
/// resolution.
enum TimelinePage {
    static func build(_ timeline: Timeline, name: String, meetings: Int) -> EntityPage {
        let granularity = timeline.suggestedGranularity
        let bins = timeline.bins(granularity)
        let span = bins.isEmpty ? "" : ", \(bins.first!.key) to \(bins.last!.key)"
        let facts = [name, "\(SpeakerPage.plural(meetings, "meeting"))\(span), one step per \(granularity.rawValue) (· references only)"]
        let items = timeline.entries.map { entry -> EntityItem in
            switch entry.kind {
            case .meeting:
                return EntityItem(date: entry.date, heading: "", detail: "meeting", text: entry.label,
                                  open: .meeting(id: entry.meetingID, paragraph: nil, highlights: []), citation: "\(entry.label), \(entry.date)")
            case .event:
                return EntityItem(date: entry.date, heading: "named by \(SpeakerPage.plural(entry.citedBy, "meeting"))", detail: "event",
                                  text: entry.label, open: .meeting(id: entry.meetingID, paragraph: entry.paragraph, highlights: []),
                                  citation: "\(entry.label), \(entry.date)")
            case .resolution:
                return EntityItem(date: entry.date, heading: "cited by \(SpeakerPage.plural(entry.citedBy, "meeting"))", detail: "resolution",
                                  text: entry.label, open: entry.symbol.map { .link(.resolution(symbol: $0)) },
                                  citation: "\(entry.label), \(entry.date)")
            }
        }
        return EntityPage(title: name, facts: facts, histogram: Histogram.timeline(bins), items: items,
                          emptyText: "Nothing to place on the axis.")
    }
}
