import PlenaryModel

/// Counts per year (or month) drawn as one row of block characters, with an ASCII form
/// for terminals without colour where block glyphs are often missing too.
public struct Histogram: Equatable, Sendable {
    public var keys: [String]
    public var counts: [Int]
    /// What is counted ("citations", "meetings").
    public var noun: String

    public init(keys: [String], counts: [Int], noun: String) {
        self.keys = keys
        self.counts = counts
        self.noun = noun
    }

    /// Every year from the first date to the last, empty years included.
    public static func perYear(_ dates: [String], noun: String) -> Histogram? {
        let years = dates.compactMap { Int($0.prefix(4)) }
        guard let first = years.min(), let last = years.max() else { return nil }
        var counts = [Int](repeating: 0, count: last - first + 1)
        for y in years { counts[y - first] += 1 }
        return Histogram(keys: (first...last).map(String.init), counts: counts, noun: noun)
    }

    /// From a timeline's bins: meetings as bars, steps with references only as a dot.
    public static func timeline(_ bins: [Timeline.Bin]) -> Histogram {
        Histogram(
            keys: bins.map(\.key), counts: bins.map { $0.meetings > 0 ? $0.meetings : ($0.references > 0 ? -1 : 0) }, noun: "meetings")
    }

    /// The bar, at most `width` columns (the last steps when it must be cut).
    public func bar(width: Int, unicode: Bool) -> String {
        let levels: [Character] = unicode ? [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [" ", ".", ".", ":", ":", "+", "+", "#", "#"]
        let peak = max(1, counts.max() ?? 1)
        let chars = counts.suffix(max(0, width)).map { n -> Character in
            if n < 0 { return unicode ? "·" : "." }
            if n == 0 { return " " }
            return levels[max(1, n * 8 / peak)]
        }
        return String(chars)
    }

    /// "1993 [▂ █] 2017 · citations per year, peak 3".
    public func line(width: Int, unicode: Bool) -> String {
        guard let first = keys.first, let last = keys.last else { return "" }
        let peak = counts.max() ?? 0
        let suffix = " \(last) · \(noun), peak \(peak)"
        let room = max(1, width - first.count - 3 - suffix.count)
        let shown = min(room, counts.count)
        let start = shown < counts.count ? keys[keys.count - shown] : first
        let cut = Histogram(keys: Array(keys.suffix(shown)), counts: Array(counts.suffix(shown)), noun: noun)
        return "\(start) [\(cut.bar(width: shown, unicode: unicode))]\(suffix)"
    }
}
