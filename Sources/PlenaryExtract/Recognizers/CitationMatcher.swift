import PlenaryModel

/// Cited resolutions and statements in a paragraph (DESIGN.md §4): single and listed Security
/// Council resolutions with a year spread over the list when given once, `S/RES/…`, `S/PRST/…`
/// and `A/RES/…` symbols, General Assembly `62/243`, `ES-11/1` and `194 (III)`, OIC
/// `Resolution No. 10/44-POL`, and title-only citations kept with `resolved: false`.
/// A trigger word ("resolution") or a symbol is required, and years start at 1946.
public struct CitationMatcher: Sendable {
    public init() {}

    static let citingVerbs: Set<String> = [
        "recall", "recalls", "recalled", "recalling", "reaffirm", "reaffirms", "reaffirmed", "reaffirming",
        "welcome", "welcomes", "welcomed", "welcoming", "adopted", "adopt", "adopts", "support", "supported", "supporting",
        "implement", "implementing", "implementation", "pursuant", "accordance", "compliance", "citing", "cited", "invoking",
        "invoked", "noting", "noted", "endorse", "endorsed", "endorsing", "reiterated", "reiterating", "underlined",
        "stressed", "referring", "referred", "based", "under", "demanded", "called", "urged", "violation", "violating",
        "enforcing", "enforce", "respect", "proclaimed", "recognized", "recognised", "emphasized", "emphasizing",
    ]

    public func citations(in text: TokenizedText, range: Range<Int>? = nil) -> [Citation] {
        let range = range ?? 0..<text.tokens.count
        let t = text.tokens
        var out: [Citation] = []
        var i = range.lowerBound
        while i < range.upperBound {
            // Fields read in place: a copy of the token per word showed in profiles.
            let kind = t[i].kind
            // Only words of 1, 5, 6, 10 or 11 letters can start a citation.
            let length = t[i].end - t[i].start
            guard length == 1 || length == 5 || length == 6 || length == 10 || length == 11 else { i += 1; continue }
            let folded = t[i].folded
            if kind == .word, folded == "resolution" || folded == "resolutions" || folded == "unscr" || folded == "unscrs" {
                let (found, next) = list(after: i, in: text, limit: range.upperBound)
                if !found.isEmpty {
                    out += found
                    i = max(next, i + 1)
                    continue
                }
                if folded == "resolution", let titled = titleOnly(after: i, in: text, limit: range.upperBound) {
                    out.append(titled)
                    i += 1
                    continue
                }
            } else if t[i].isCapitalized, folded == "s" || folded == "a", let (c, next) = symbol(at: i, in: text, limit: range.upperBound) {
                out.append(c)
                i = next
                continue
            }
            i += 1
        }
        // One entry per instrument per block.
        var seen = Set<String>()
        return out.filter { c in
            let key = c.symbol ?? "title:" + (c.title ?? c.surface)
            return seen.insert(key).inserted
        }
    }

    // MARK: Symbols

    /// `S/RES/822 (1993)`, `S/PRST/2021/3`, `A/RES/77/1`, `A/RES/ES-11/1`, `A/RES/194 (III)`.
    func symbol(at i: Int, in text: TokenizedText, limit: Int) -> (Citation, Int)? {
        let t = text.tokens
        func is_(_ k: Int, _ s: String) -> Bool { k < limit && t[k].folded == s }
        guard is_(i + 1, "/"), i + 2 < limit else { return nil }
        let head = t[i].folded
        let kind = t[i + 2].folded
        var k = i + 3
        guard is_(k, "/") else { return nil }
        k += 1
        if head == "s", kind == "res" {
            guard k < limit, t[k].kind == .number, let n = Int(t[k].folded) else { return nil }
            var j = k + 1
            if is_(j, "("), j + 2 < limit, let y = Self.year(t[j + 1]), is_(j + 2, ")") {
                j += 3
                return (make(text, "S/RES/\(n) (\(y))", i, j, rule: "symbol.s-res"), j)
            }
            _ = j
            return nil
        }
        if head == "s", kind == "prst" {
            guard k < limit, let y = Self.year(t[k]), is_(k + 1, "/"), k + 2 < limit, t[k + 2].kind == .number, let n = Int(t[k + 2].folded)
            else { return nil }
            return (make(text, "S/PRST/\(y)/\(n)", i, k + 3, rule: "symbol.s-prst"), k + 3)
        }
        if head == "a", kind == "res" {
            if let (sym, end, _) = gaItem(at: k, in: text, limit: limit) {
                return (make(text, sym, i, end, rule: "symbol.a-res"), end)
            }
        }
        return nil
    }

    // MARK: Lists after a trigger

    private enum Item {
        case resolved(String, Range<Int>, String)
        case bare(Int, Range<Int>)
    }

    /// Items following "resolution(s)": a bridge of a few words ("of the UN Security Council, namely")
    /// may stand between the trigger and the first item.
    func list(after trigger: Int, in text: TokenizedText, limit: Int) -> ([Citation], Int) {
        let t = text.tokens
        var k = trigger + 1
        var bridge = 0
        var bridgeYear: Int?
        // Bridge: words and light punctuation, no sentence end.
        while k < limit, bridge < 14 {
            let tok = t[k]
            if let y = Self.year(tok), k > 0, ["in", "of", "since"].contains(t[k - 1].folded),
                !(k + 1 < limit && t[k + 1].folded == ")")
            {
                bridgeYear = y
                k += 1
                bridge += 1
                continue
            }
            if itemStart(k, text, limit) { break }
            if tok.kind == .punctuation, tok.folded == "." || tok.folded == ";" || tok.folded == "\"" || tok.folded == "(" {
                return ([], k)
            }
            if tok.kind == .number { break }
            if ["resolution", "resolutions", "which", "that", "who"].contains(tok.folded) { return ([], k) }
            k += 1
            bridge += 1
        }
        var items: [Item] = []
        while k < limit {
            if let (sym, end, rule) = item(at: k, in: text, limit: limit) {
                items.append(.resolved(sym, k..<end, rule))
                k = end
            } else if t[k].kind == .number, let n = Int(t[k].folded), n > 0, n < 10000,
                Self.year(t[k]) == nil || t[k].folded.count < 4 || continuesNumberList(items, n)
            {
                items.append(.bare(n, k..<(k + 1)))
                k += 1
            } else {
                break
            }
            // Separators: ",", "and", "as well as", "&", "–".
            var s = k
            var sawSeparator = false
            while s < limit {
                let f = t[s].folded
                if f == "," || f == "and" || f == "&" || f == "-" || f == "or" { s += 1; sawSeparator = true; continue }
                if f == "as", s + 2 < limit, t[s + 1].folded == "well", t[s + 2].folded == "as" { s += 3; sawSeparator = true; continue }
                break
            }
            guard sawSeparator, s < limit, itemStart(s, text, limit) else { break }
            k = s
        }
        guard !items.isEmpty else { return ([], k) }
        // A year given once at the end of the list applies to the bare numbers before it.
        var spreadYear: Int?
        if case .resolved(let sym, _, let rule)? = items.last, rule.hasPrefix("unsc"), let y = Self.yearOf(sym) { spreadYear = y }
        let sentenceYear = bridgeYear ?? sentenceYear(before: trigger, in: text)
        var out: [Citation] = []
        let multiple = items.count > 1
        for it in items {
            switch it {
            case .resolved(let sym, let r, let rule):
                out.append(
                    make(
                        text, sym, r.lowerBound, r.upperBound, rule: multiple && rule == "unsc.single" ? "unsc.list" : rule,
                        verbFrom: trigger))
            case .bare(let n, let r):
                if let y = spreadYear {
                    out.append(make(text, "S/RES/\(n) (\(y))", r.lowerBound, r.upperBound, rule: "unsc.year-spread", verbFrom: trigger))
                } else if let y = sentenceYear, t[trigger].folded == "resolutions", n >= 1, n < 5000 {
                    out.append(make(text, "S/RES/\(n) (\(y))", r.lowerBound, r.upperBound, rule: "unsc.sentence-year", verbFrom: trigger))
                } else if councilNamed(before: trigger, in: text), let y = SecurityCouncilYears.year(of: n) {
                    // "UNSCR 833", "Security Council Resolution 1701": the year of adoption, as the Council numbers them.
                    out.append(make(text, "S/RES/\(n) (\(y))", r.lowerBound, r.upperBound, rule: "unsc.number-year", verbFrom: trigger))
                }
            }
        }
        return (out, k)
    }

    /// "1718, 1874, 2087, and 2094": a number that looks like a year is still an item when it
    /// continues a list of two or more bare numbers in ascending order.
    private func continuesNumberList(_ items: [Item], _ n: Int) -> Bool {
        guard items.count >= 2, case .bare(let last, _)? = items.last else { return false }
        return n > last
    }

    /// "UNSCR", or "Security Council" right before "resolution(s)".
    private func councilNamed(before trigger: Int, in text: TokenizedText) -> Bool {
        let t = text.tokens
        if t[trigger].folded.hasPrefix("unscr") { return true }
        var k = trigger - 1
        if k >= 0, t[k].folded == ")" { while k >= 0, t[k].folded != "(" { k -= 1 }; k -= 1 }  // "Security Council (UNSC) Resolution"
        if k >= 0, t[k].folded == "unsc" { return true }
        // "UN Security Council resolution", and the slip "UN Security Resolutions 1718, 1874".
        if k >= 1, t[k].folded == "security", t[k - 1].folded == "un" || t[k - 1].folded == "nations" { return true }
        return k >= 1 && t[k].folded == "council" && t[k - 1].folded == "security"
    }

    private func itemStart(_ k: Int, _ text: TokenizedText, _ limit: Int) -> Bool {
        let t = text.tokens
        if t[k].kind == .number { return true }
        if t[k].folded == "no" || t[k].folded == "nos" { return k + 1 < limit && (t[k + 1].folded == "." || t[k + 1].kind == .number) }
        if t[k].folded == "es", k + 1 < limit, t[k + 1].folded == "-" { return true }
        if t[k].isCapitalized, t[k].folded == "s" || t[k].folded == "a", k + 1 < limit, t[k + 1].folded == "/" { return true }
        return false
    }

    /// One list item: `822 (1993)`, `67/19`, `ES-10/19`, `194 (III)`, `10/46-POL`, `No. 10/46-POL`, or a symbol.
    private func item(at k0: Int, in text: TokenizedText, limit: Int) -> (String, Int, String)? {
        let t = text.tokens
        var k = k0
        if t[k].folded == "no" || t[k].folded == "nos" {
            k += 1
            if k < limit, t[k].folded == "." { k += 1 }
            guard k < limit else { return nil }
        }
        if t[k].isCapitalized, t[k].folded == "s" || t[k].folded == "a", let (c, end) = symbol(at: k, in: text, limit: limit),
            let s = c.symbol
        {
            return (s, end, c.rule)
        }
        if t[k].kind == .number, let n = Int(t[k].folded) {
            if k + 3 < limit, t[k + 1].folded == "(", t[k + 3].folded == ")" {
                if let y = Self.year(t[k + 2]) { return n < 10000 ? ("S/RES/\(n) (\(y))", k + 4, "unsc.single") : nil }
                let roman = text.slice(t[k + 2].start, t[k + 2].end)
                if Self.isRoman(roman) { return ("A/RES/\(n) (\(roman))", k + 4, "ga.old") }
            }
        }
        if let (sym, end, rule) = gaItem(at: k, in: text, limit: limit) { return (sym, end, rule) }
        return nil
    }

    /// `77/1` → A/RES/77/1, `ES-11/1` → A/RES/ES-11/1, `10/46-POL` → OIC/10/46-POL, `194 (III)`.
    func gaItem(at k: Int, in text: TokenizedText, limit: Int) -> (String, Int, String)? {
        let t = text.tokens
        func is_(_ j: Int, _ s: String) -> Bool { j < limit && t[j].folded == s && !t[j].spaceBefore }
        if t[k].folded == "es", is_(k + 1, "-"), k + 4 < limit + 1, k + 2 < limit, t[k + 2].kind == .number,
            is_(k + 3, "/"), k + 4 < limit, t[k + 4].kind == .number, !t[k + 4].spaceBefore,
            let s = Int(t[k + 2].folded), let n = Int(t[k + 4].folded)
        {
            return ("A/RES/ES-\(s)/\(n)", k + 5, "ga.emergency")
        }
        guard t[k].kind == .number, let a = Int(t[k].folded) else { return nil }
        if is_(k + 1, "/"), k + 2 < limit, t[k + 2].kind == .number, !t[k + 2].spaceBefore, let b = Int(t[k + 2].folded) {
            if is_(k + 3, "-"), k + 4 < limit, t[k + 4].kind == .word, t[k + 4].isAllCaps || t[k + 4].isCapitalized, !t[k + 4].spaceBefore {
                let category = text.slice(t[k + 4].start, t[k + 4].end).uppercased()
                guard category.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) else { return nil }
                return ("OIC/\(a)/\(b)-\(category)", k + 5, "oic.resolution")
            }
            guard a >= 1, a < 200, b >= 1 else { return nil }
            return ("A/RES/\(a)/\(b)", k + 3, "ga.session")
        }
        if k + 3 < limit, t[k + 1].folded == "(", t[k + 3].folded == ")" {
            let roman = text.slice(t[k + 2].start, t[k + 2].end)
            if Self.isRoman(roman) { return ("A/RES/\(a) (\(roman))", k + 4, "ga.old") }
        }
        return nil
    }

    // MARK: Title-only citations

    /// `the resolution “On Solidarity with …” adopted …`: a quoted title right after "resolution".
    func titleOnly(after i: Int, in text: TokenizedText, limit: Int) -> Citation? {
        let t = text.tokens
        var k = i + 1
        if k < limit, ["entitled", "titled", "on"].contains(t[k].folded) { k += 1 }
        guard k < limit, t[k].folded == "\"" else { return nil }
        var close = k + 1
        while close < limit, t[close].folded != "\"" { close += 1 }
        guard close < limit, close - k > 2 else { return nil }
        let title = text.slice(t[k + 1].start, t[close - 1].end)
        let surface = text.slice(t[i].start, t[close].end)
        return Citation(
            symbol: nil, surface: surface, start: t[i].start, end: t[close].end,
            verb: verb(before: i, in: text), rule: "title-only", resolved: false, title: title)
    }

    // MARK: Helpers

    private func make(_ text: TokenizedText, _ symbol: String, _ from: Int, _ to: Int, rule: String, verbFrom: Int? = nil) -> Citation {
        let t = text.tokens
        return Citation(
            symbol: symbol, surface: text.text(from..<to), start: t[from].start, end: t[to - 1].end,
            verb: verb(before: verbFrom ?? from, in: text), rule: rule, resolved: true)
    }

    /// The citing verb within the eight words before the trigger, lowercased.
    func verb(before i: Int, in text: TokenizedText) -> String? {
        var k = i - 1
        var words = 0
        while k >= 0, words < 8 {
            let tok = text.tokens[k]
            if tok.folded == "." { break }
            if tok.isWord {
                words += 1
                if Self.citingVerbs.contains(tok.folded) { return tok.folded }
            }
            k -= 1
        }
        return nil
    }

    /// "in 1993" / "of 1993" within the sentence before the trigger.
    private func sentenceYear(before i: Int, in text: TokenizedText) -> Int? {
        var k = i - 1
        var n = 0
        while k > 0, n < 40 {
            let tok = text.tokens[k]
            if tok.folded == "." { break }
            if let y = Self.year(tok), ["in", "of", "since"].contains(text.tokens[k - 1].folded) { return y }
            k -= 1
            n += 1
        }
        return nil
    }

    static func year(_ t: borrowing Token) -> Int? {
        guard t.kind == .number, t.folded.utf8.count == 4, let y = Int(t.folded), y >= 1946, y <= 2100 else { return nil }
        return y
    }

    static func yearOf(_ symbol: String) -> Int? {
        guard let open = symbol.lastIndex(of: "("), symbol.hasSuffix(")") else { return nil }
        return Int(symbol[symbol.index(after: open)..<symbol.index(before: symbol.endIndex)])
    }

    static func isRoman(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 6 && s.unicodeScalars.allSatisfy { "IVXLC".unicodeScalars.contains($0) }
    }
}
