import PlenaryModel

/// Dated events a block refers to, for timelines: "the Khojaly Massacre of 1992",
/// "the Group's 2016 report", "the 1995 Dayton Agreement".
public enum EventFinder {
    static let eventHeads: Set<String> = [
        "massacre", "genocide", "war", "tragedy", "crisis", "agreement", "accord", "accords", "declaration", "conference",
        "summit", "treaty", "revolution", "uprising", "earthquake", "attack", "attacks", "occupation", "invasion", "protocol",
        "charter", "resolution", "election", "elections", "referendum", "ceasefire", "report", "plan", "roadmap", "strategy",
    ]

    public static func find(in text: TokenizedText, range: Range<Int>? = nil) -> [(label: String, date: String, start: Int, end: Int)] {
        let range = range ?? 0..<text.tokens.count
        let t = text.tokens
        var out: [(label: String, date: String, start: Int, end: Int)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard t[i].kind == .number, let y = CitationMatcher.year(t[i]) else { i += 1; continue }
            // "<Capitalised … Head> of 1992"
            if i >= 2, t[i - 1].folded == "of" || t[i - 1].folded == "in", eventHeads.contains(t[i - 2].folded), t[i - 2].isCapitalized {
                var s = i - 2
                while s > range.lowerBound, t[s - 1].isCapitalized, t[s - 1].folded != "the", s > i - 7 { s -= 1 }
                out.append((text.text(s..<(i - 1)), String(y), t[s].start, t[i].end))
                i += 1
                continue
            }
            // "2016 report", "the 1995 Dayton Agreement"
            if i + 1 < range.upperBound, !(i > 0 && (t[i - 1].folded == "(" || DateFinder.month(t[i - 1].folded) != nil)) {
                var e = i + 1
                while e < range.upperBound, e < i + 5, t[e].isCapitalized { e += 1 }
                if e < range.upperBound, eventHeads.contains(t[e].folded) {
                    var s = i
                    if i >= 3, t[i - 1].folded == "s", t[i - 2].folded == "'", t[i - 3].isCapitalized { s = i - 3 }
                    out.append((text.text(s..<(e + 1)), String(y), t[s].start, t[e].end))
                    i = e + 1
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
