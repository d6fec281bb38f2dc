import Foundation
import PlenaryModel
import PlenaryStore

/// A timeline as text, arranged as the browser's timeline screen (`TimelineSpan`): a bar of
/// meeting counts per step, the meetings one line each with the record's symbol and what it
/// adopted, the references dated within their span in between (◆), then the references from
/// other dates (◇).
enum TimelineText {
    /// Every part taken from the store goes through `Console.safe` here, so the result can be
    /// written as it is (`Console.writeStyled`) without a second pass over the whole text.
    static func render(_ timeline: consuming Timeline, meetings: Int, catalog: Catalog = Catalog(), unicode: Bool) -> String {
        let span = TimelineSpan(consume timeline, catalog: catalog)
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
        // One string grown in place: a whole-store timeline is tens of thousands of lines.
        var out = String()
        out.reserveCapacity((span.within.count + span.outside.count) * 120)
        let range = Console.safe(
            span.first.isEmpty ? "" : (span.first == span.last ? ", \(span.first)" : ", \(span.first) to \(span.last)"))
        let references = span.within.count - span.meetings
        out += "\(Plural.count(meetings, "meeting"))\(range), one column per \(granularity.rawValue) (· a reference only); "
        out += "\(Plural.count(references, "reference")) within that span \(inMark)"
        out += span.outside.isEmpty ? "" : ", \(span.outside.count) from other dates listed after the meetings \(outMark)"
        out += "\n[\(bar)]\n\n"
        for part in lines(span.within, mark: inMark, catalog: catalog) { out += part }
        if !span.outside.isEmpty {
            out += "\nReferences from other dates:\n"
            for entry in span.outside {
                append(entry, mark: outMark, catalog: catalog, to: &out)
                out += "\n"
            }
        }
        return out
    }

    /// "2020-09-15  meeting  S/PV.8758  The situation in Libya — adopted S/RES/2542 (2020) 13-0-2  [id]",
    /// "2020-02-12  ◆ resolution  S/RES/2510 (2020)  (cited by 2 meetings)".
    /// The lines of `entries`, in order, as a few strings: a whole-store timeline (tens of
    /// thousands of lines) is written on every core, a short one inline.
    static func lines(_ entries: [Timeline.Entry], mark: String, catalog: Catalog) -> [String] {
        let pieces = entries.count < 4000 ? 1 : ProcessInfo.processInfo.activeProcessorCount
        let size = (entries.count + pieces - 1) / max(1, pieces)
        let ranges = stride(from: 0, to: entries.count, by: max(1, size)).map { $0..<min(entries.count, $0 + size) }
        return Parallel.map(ranges, threshold: 1) { range in
            var out = String()
            out.reserveCapacity(range.count * 120)
            entries.withUnsafeBufferPointer { entries in
                for i in range {
                    append(entries[i], mark: mark, catalog: catalog, to: &out)
                    out += "\n"
                }
            }
            return out
        }
    }

    /// One entry's line written onto the end of `out`, the stored parts made safe one by one
    /// (the same as making the whole line safe: one-line safety replaces scalar by scalar),
    /// so a whole-store timeline builds no string per line.
    static func append(_ entry: Timeline.Entry, mark: String, catalog: Catalog, to out: inout String) {
        out += Console.safe(entry.date)
        // Padded to ten columns; an ASCII date's width is its byte count (no grapheme walk).
        let width = entry.date.utf8.allSatisfy { $0 < 0x80 } ? entry.date.utf8.count : entry.date.count
        if width < 10 { out += String(repeating: " ", count: 10 - width) }
        switch entry.kind {
        case .meeting:
            out += "  meeting  "
            if let symbol = entry.symbol {
                out += Console.safe(symbol)
                out += "  "
            }
            out += Console.safe(entry.label)
            let adopted = TimelineSpan.outcomes(of: entry.symbol, catalog: catalog)
            if !adopted.isEmpty { out += Console.safe(" — adopted " + adopted.joined(separator: "; ")) }
            out += "  ["
            out += Console.safe(entry.meetingID)
            out += "]"
        case .event:
            out += "  \(mark) event  "
            out += Console.safe(entry.label)
            out += "  (named by \(Plural.count(entry.citedBy, "meeting")))"
        case .resolution:
            out += "  \(mark) \(TimelineSpan.kind(of: entry.symbol ?? entry.label))  "
            out += Console.safe(entry.label)
            out += "  (cited by \(Plural.count(entry.citedBy, "meeting")))"
        }
    }
}
