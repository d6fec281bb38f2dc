import PlenaryModel

/// A timeline as text: a bar of meeting counts per step, then every entry in date order.
enum TimelineText {
    static func render(_ timeline: Timeline, meetings: Int, unicode: Bool) -> String {
        let granularity = timeline.suggestedGranularity
        let bins = timeline.bins(granularity)
        let peak = max(1, bins.map(\.meetings).max() ?? 1)
        let levels: [Character] = unicode ? [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [" ", ".", ".", ":", ":", "+", "+", "#", "#"]
        let bar = String(bins.map { bin -> Character in
            if bin.meetings == 0 { return bin.references > 0 ? (unicode ? "·" : ".") : " " }
            return levels[max(1, bin.meetings * 8 / peak)]
        })
        var lines: [String] = []
        lines.reserveCapacity(timeline.entries.count + 3)
        let span = bins.isEmpty ? "" : "\(bins.first!.key)–\(bins.last!.key)"
        lines.append("\(meetings) meeting\(meetings == 1 ? "" : "s"), \(span), one column per \(granularity.rawValue) (· a reference only)")
        lines.append("[\(bar)]")
        lines.append("")
        for entry in timeline.entries {
            switch entry.kind {
            case .meeting:
                lines.append("\(pad(entry.date))  meeting     \(Console.safe(entry.label))  [\(entry.meetingID)]")
            case .event:
                lines.append("\(pad(entry.date))  event       \(Console.safe(entry.label))  (named by \(entry.citedBy) meeting\(entry.citedBy == 1 ? "" : "s"))")
            case .resolution:
                lines.append("\(pad(entry.date))  resolution  \(entry.label)  (cited by \(entry.citedBy) meeting\(entry.citedBy == 1 ? "" : "s"))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ date: String) -> String {
        date + String(repeating: " ", count: max(0, 10 - date.count))
    }
}
