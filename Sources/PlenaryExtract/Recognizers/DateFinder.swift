import PlenaryModel

/// Gregorian dates in running text: day-month-year, month-day-year, ranges ("19-20 March 2018",
/// "27 November – 1 December 2020", "June 7-8, 2021") and numeric forms (21/09/2022, 2017-09-19).
/// Hijri dates are skipped because their month names are not Gregorian ones.
public enum DateFinder {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    public static func month(_ folded: String) -> Int? { months[folded] }

    /// j f m a s o n d: the only letters a month name starts with.
    static let monthInitials: [UInt8] = Array("jfmasond".utf8)

    /// With `defaultYear`, dates printed without a year ("on 9 March", "from 20 to 22 December") take it;
    /// only callers that know the publication year pass one.
    public static func find(in text: TokenizedText, range: Range<Int>? = nil, defaultYear: Int? = nil) -> [FoundDate] {
        let range = range ?? 0..<text.tokens.count
        var out: [FoundDate] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let d = match(text, at: i, limit: range.upperBound, defaultYear: defaultYear) {
                out.append(d)
                i = d.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// A day number token: "7", "21st".
    static func day(_ t: borrowing Token) -> Int? {
        // Byte-level: "7", "21", "21st", "3rd" — nothing else is a day.
        var n = 0
        var digits = 0
        var rest: [UInt8] = []
        for b in t.folded.utf8 {
            if rest.isEmpty, b >= 0x30, b <= 0x39 {
                n = n * 10 + Int(b - 0x30); digits += 1; if digits > 2 { return nil }
            } else {
                rest.append(b); if rest.count > 2 { return nil }
            }
        }
        guard digits >= 1, (1...31).contains(n) else { return nil }
        if !rest.isEmpty {
            guard t.kind == .word, rest == [0x73, 0x74] || rest == [0x6E, 0x64] || rest == [0x72, 0x64] || rest == [0x74, 0x68] else {
                return nil
            }
        }
        return n
    }

    static func year(_ t: borrowing Token) -> Int? {
        guard t.kind == .number, t.folded.utf8.count == 4, let y = Int(t.folded), (1900...2100).contains(y) else { return nil }
        return y
    }

    static func isDash(_ t: borrowing Token) -> Bool { t.kind == .punctuation && t.folded == "-" }

    static func build(
        _ text: TokenizedText, _ y: Int, _ m: Int, _ d: Int, _ y2: Int?, _ m2: Int?, _ d2: Int?,
        _ from: Int, _ to: Int
    ) -> FoundDate? {
        guard d <= ISODate.daysInMonth(year: y, month: m) else { return nil }
        let start = ISODate.format(year: y, month: m, day: d)
        var endDate: String?
        if let d2 {
            let ey = y2 ?? y, em = m2 ?? m
            guard d2 <= ISODate.daysInMonth(year: ey, month: em) else { return nil }
            let e = ISODate.format(year: ey, month: em, day: d2)
            guard e > start else { return nil }
            endDate = e
        }
        let tokens = text.tokens
        return FoundDate(
            date: start, endDate: endDate, printed: text.text(from..<to), tokens: from..<to,
            start: tokens[from].start, end: tokens[to - 1].end)
    }

    static func match(_ text: TokenizedText, at i: Int, limit: Int, defaultYear: Int? = nil) -> FoundDate? {
        let t = text.tokens
        // Prefilter: a date starts with a digit or a capitalised month name.
        guard let first = t[i].folded.utf8.first else { return nil }
        if !(first >= 0x30 && first <= 0x39) {
            guard t[i].isCapitalized, t[i].end - t[i].start <= 9, monthInitials.contains(first), months[t[i].folded] != nil else {
                return nil
            }
        }
        func tok(_ k: Int) -> Token? { k < limit ? t[k] : nil }
        func skipDot(_ k: Int) -> Int { (tok(k)?.folded == ".") ? k + 1 : k }
        // Numeric forms.
        if t[i].kind == .number {
            if let y = year(t[i]), let a = tok(i + 1), isDash(a), let mo = tok(i + 2), let b = tok(i + 3), isDash(b),
                let da = tok(i + 4), mo.kind == .number, da.kind == .number, !a.spaceBefore, !mo.spaceBefore,
                let m = Int(mo.folded), let d = Int(da.folded), (1...12).contains(m), (1...31).contains(d)
            {
                return build(text, y, m, d, nil, nil, nil, i, i + 5)
            }
            if let sep = tok(i + 1), sep.folded == "/" || sep.folded == ".", !sep.spaceBefore,
                let b = tok(i + 2), b.kind == .number, let sep2 = tok(i + 3), sep2.folded == sep.folded,
                let c = tok(i + 4), let y = year(c), let a = Int(t[i].folded), let bb = Int(b.folded)
            {
                // Day first unless that cannot be.
                if (1...12).contains(bb), (1...31).contains(a) { return build(text, y, bb, a, nil, nil, nil, i, i + 5) }
                if (1...12).contains(a), (1...31).contains(bb) { return build(text, y, a, bb, nil, nil, nil, i, i + 5) }
            }
        }
        // Day first: "19 September 2017", "19-20 March 2018", "27 November – 1 December 2020".
        if let d = day(t[i]) {
            var k = i + 1
            var d2: Int?
            if let dash = tok(k), isDash(dash) || dash.folded == "to" || dash.folded == "and", let e = tok(k + 1), let dd = day(e) {
                d2 = dd; k += 2
            }
            if tok(k)?.folded == "of", let mt = tok(k + 1), month(mt.folded) != nil { k += 1 }  // "8th of July 2021"
            if let mt = tok(k), let m = month(mt.folded) {
                k = skipDot(k + 1)
                if d2 == nil, let dash = tok(k), isDash(dash) || dash.folded == "to", let e = tok(k + 1), let dd = day(e),
                    let mt2 = tok(k + 2), let m2 = month(mt2.folded)
                {
                    let k2 = skipDot(k + 3)
                    if let yt = tok(k2), let y = year(yt) { return build(text, y, m, d, nil, m2, dd, i, k2 + 1) }
                    if let y = defaultYear, tok(k2)?.kind != .number { return build(text, y, m, d, nil, m2, dd, i, k2) }
                }
                if let comma = tok(k), comma.folded == "," {
                    if let yt = tok(k + 1), let y = year(yt) { return build(text, y, m, d, nil, nil, d2, i, k + 2) }
                }
                if let yt = tok(k), let y = year(yt) { return build(text, y, m, d, nil, nil, d2, i, k + 1) }
                if let y = defaultYear, tok(k)?.kind != .number {
                    return build(text, y, m, d, nil, nil, d2, i, tok(k - 1)?.folded == "." ? k - 1 : k)
                }
            }
        }
        // Month first: "June 7, 2021", "June 7-8, 2021", "September 19 2017".
        if let m = month(t[i].folded), t[i].isCapitalized {
            var k = skipDot(i + 1)
            guard let dt = tok(k), let d = day(dt) else { return nil }
            k += 1
            var d2: Int?
            if let dash = tok(k), isDash(dash), let e = tok(k + 1), let dd = day(e) { d2 = dd; k += 2 }
            let dayEnd = k
            if let comma = tok(k), comma.folded == "," { k += 1 }
            if let yt = tok(k), let y = year(yt) { return build(text, y, m, d, nil, nil, d2, i, k + 1) }
            if let y = defaultYear, tok(dayEnd)?.kind != .number { return build(text, y, m, d, nil, nil, d2, i, dayEnd) }
        }
        return nil
    }
}

extension DateFinder {
    public static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
