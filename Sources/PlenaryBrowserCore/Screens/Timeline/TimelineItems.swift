import PlenaryModel

/// The timeline screen's items, made as they are drawn: the entries within the span (◆),
/// then those from other dates (◇). A line is a meeting (its symbol and what it adopted),
/// an event named by meetings, or a resolution cited by them.
struct TimelineItems: EntityItemMaker {
    let within: [Timeline.Entry]
    let outside: [Timeline.Entry]
    /// Record symbols by meeting id, for timelines built from records rather than the index.
    let symbols: [String: String]
    let catalog: Catalog

    var count: Int { within.count + outside.count }

    func item(at index: Int) -> EntityItem {
        index < within.count ? item(within[index], mark: "◆") : item(outside[index - within.count], mark: "◇")
    }

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
}
