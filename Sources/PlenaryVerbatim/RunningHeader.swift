import Foundation

/// Page headers that PDF extraction left inside speeches: "21/01/2020 The situation in the
/// Middle East, including the Palestinian question S/PV.8706", also with the title before the
/// date or the symbol first. They are cut out, and their date is the date the record prints.
public enum RunningHeader {
    /// The longest stretch allowed between a header's date and its symbol.
    static let maximumGap = 150

    /// `text` without the headers of record `symbol` (`S/PV.8706`), and the ISO dates they printed.
    public static func remove(from text: String, symbol: String, topics: [String]) -> (text: String, dates: [String]) {
        guard text.contains(symbol) else { return (text, []) }
        var s = text
        var dates: [String] = []
        var from = s.startIndex
        while let r = s.range(of: symbol, range: from..<s.endIndex) {
            if r.upperBound < s.endIndex, s[r.upperBound].isNumber { from = r.upperBound; continue }
            let lo = s.index(r.lowerBound, offsetBy: -maximumGap, limitedBy: s.startIndex) ?? s.startIndex
            let hi = s.index(r.upperBound, offsetBy: maximumGap, limitedBy: s.endIndex) ?? s.endIndex
            var cut: Range<String.Index>?
            var printed: String?
            if let d = lastDate(in: s, lo..<r.lowerBound), plausibleGap(s[d.range.upperBound..<r.lowerBound]) {
                cut = d.range.lowerBound..<r.upperBound
                printed = d.iso
            } else if let d = firstDate(in: s, r.upperBound..<hi), plausibleGap(s[r.upperBound..<d.range.lowerBound]) {
                cut = r.lowerBound..<d.range.upperBound
                printed = d.iso
            }
            guard var range = cut, let printed else { from = r.upperBound; continue }
            // The agenda title may stand just outside the date–symbol pair.
            for topic in topics where !topic.isEmpty {
                let before = s[..<range.lowerBound].trimmingSuffixSpaces()
                if before.hasSuffix(topic) { range = s.index(before.endIndex, offsetBy: -topic.count)..<range.upperBound }
                let after = s[range.upperBound...].drop { $0 == " " }
                if after.hasPrefix(topic) { range = range.lowerBound..<s.index(after.startIndex, offsetBy: topic.count) }
            }
            dates.append(printed)
            let offset = s.distance(from: s.startIndex, to: range.lowerBound)
            s.replaceSubrange(range, with: " ")
            from = s.index(s.startIndex, offsetBy: offset + 1)
        }
        while s.contains("  ") { s = s.replacingOccurrences(of: "  ", with: " ") }
        return (s.trimmingCharacters(in: .whitespaces), dates)
    }

    /// Between date and symbol stands a title, not a sentence.
    static func plausibleGap(_ gap: Substring) -> Bool {
        gap.count <= maximumGap && !gap.contains(". ") && !gap.contains("\n")
    }

    struct FoundDate {
        var range: Range<String.Index>
        var iso: String
    }

    /// `DD/MM/YYYY` as a whole word, as an ISO date when it is a real day.
    static func date(at i: String.Index, in s: String) -> FoundDate? {
        guard let end = s.index(i, offsetBy: 10, limitedBy: s.endIndex) else { return nil }
        let w = Array(s[i..<end])
        guard w.count == 10, w[2] == "/", w[5] == "/",
            [0, 1, 3, 4, 6, 7, 8, 9].allSatisfy({ w[$0].isASCII && w[$0].isNumber })
        else { return nil }
        if i > s.startIndex, s[s.index(before: i)].isNumber { return nil }
        if end < s.endIndex, s[end].isNumber { return nil }
        let iso = String(w[6...9]) + "-" + String(w[3...4]) + "-" + String(w[0...1])
        guard isRealDay(iso) else { return nil }
        return FoundDate(range: i..<end, iso: iso)
    }

    static func isRealDay(_ iso: String) -> Bool {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3, p[0] >= 1946, (1...12).contains(p[1]), p[2] >= 1 else { return false }
        let days = [31, (p[0] % 4 == 0 && p[0] % 100 != 0) || p[0] % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return p[2] <= days[p[1] - 1]
    }

    static func lastDate(in s: String, _ range: Range<String.Index>) -> FoundDate? {
        var i = range.upperBound
        while i > range.lowerBound {
            i = s.index(before: i)
            if s[i] == "/", let start = s.index(i, offsetBy: -2, limitedBy: range.lowerBound), let d = date(at: start, in: s),
                d.range.upperBound <= range.upperBound
            {
                return d
            }
        }
        return nil
    }

    static func firstDate(in s: String, _ range: Range<String.Index>) -> FoundDate? {
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i].isNumber, let d = date(at: i, in: s), d.range.upperBound <= range.upperBound { return d }
            i = s.index(after: i)
        }
        return nil
    }
}

extension Substring {
    func trimmingSuffixSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
