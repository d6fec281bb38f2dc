import PlenaryModel

/// A timeline as text, arranged as the browser's timeline screen (`TimelineSpan`): a bar of
/// meeting counts per step, the meetings one line each with the record's symbol and what it
/// adopted, the references dated within their span in between (◆), then the references from
/// other dates (◇).
enum TimelineText {
    static func render(_ timeline: Timeline, meetings: Int, catalog: Catalog = Catalog(), unicode: Bool) -> String {
        let span = TimelineSpan(timeline, catalog: catalog)
        let shown = Timeline(entries: span.within)
        let granularity = shown.suggestedGranularity
        let bins = shown.bins(granularity)
        let peak = max(1, bins.map(\.meetings).max() ?? 1)
        let levels: [Character] = unicode ? [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [" ", ".", ".", ":", ":", "+", "+", "#", "#"]
        let bar = String(
            bins.map { bin -> Character in
                if bin.meetings == 0 { return bin.references > 0 ? (unicode ? "·" : ".") : " " }
                return levels[max(1, bin.meetings * 8 / peak)]
            })
        let (inMark, outMark) = unicode ? ("◆", "◇") : ("*", "o")
        var lines: [String] = []
        lines.reserveCapacity(timeline.entries.count + 5)
        let range = span.first.isEmpty ? "" : (span.first == span.last ? ", \(span.first)" : ", \(span.first) to \(span.last)")
        let references = span.within.count - span.meetings
        lines.append(
            "\(Plural.count(meetings, "meeting"))\(range), one column per \(granularity.rawValue) (· a reference only); "
                + "\(Plural.count(references, "reference")) within that span \(inMark)"
                + (span.outside.isEmpty ? "" : ", \(span.outside.count) from other dates listed after the meetings \(outMark)"))
        lines.append("[\(bar)]")
        lines.append("")
        for entry in span.within { lines.append(line(entry, mark: inMark, catalog: catalog)) }
        if !span.outside.isEmpty {
            lines.append("")
            lines.append("References from other dates:")
            for entry in span.outside { lines.append(line(entry, mark: outMark, catalog: catalog)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "2020-09-15  meeting  S/PV.8758  The situation in Libya — adopted S/RES/2542 (2020) 13-0-2  [id]",
    /// "2020-02-12  ◆ resolution  S/RES/2510 (2020)  (cited by 2 meetings)".
    static func line(_ entry: Timeline.Entry, mark: String, catalog: Catalog) -> String {
        switch entry.kind {
        case .meeting:
            var text = "\(pad(entry.date))  meeting  " + (entry.symbol.map { "\($0)  " } ?? "") + entry.label
            let adopted = TimelineSpan.outcomes(of: entry.symbol, catalog: catalog)
            if !adopted.isEmpty { text += " — adopted " + adopted.joined(separator: "; ") }
            return Console.safe(text + "  [\(entry.meetingID)]")
        case .event:
            return Console.safe("\(pad(entry.date))  \(mark) event  \(entry.label)  (named by \(Plural.count(entry.citedBy, "meeting")))")
        case .resolution:
            let kind = TimelineSpan.kind(of: entry.symbol ?? entry.label)
            return Console.safe("\(pad(entry.date))  \(mark) \(kind)  \(entry.label)  (cited by \(Plural.count(entry.citedBy, "meeting")))")
        }
    }

    private static func pad(_ date: String) -> String {
        date + String(repeating: " ", count: max(0, 10 - date.count))
    }
}
