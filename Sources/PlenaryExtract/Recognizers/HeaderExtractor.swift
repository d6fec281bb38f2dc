/// Title, date, organisation, convening body, level, location and occasion of a meeting.
/// The body is "the name of the convening body as first written": a capitalised organ phrase
/// around a head noun (Council, Group, Committee …) in the first block, ended by its verb.
struct HeaderExtractor {
    let entities: EntityMatcher

    static let heads: Set<String> = [
        "council", "group", "committee", "commission", "conference", "assembly", "summit", "board", "forum", "bureau",
    ]
    static let bodyStops: Set<String> = [
        "met", "meets", "meet", "held", "holds", "hold", "was", "were", "is", "are", "has", "have", "had", "convened", "convenes",
        "adopted", "adopts", "considered", "considers", "concluded", "concludes", "opened", "told", "today", "said", "issued",
        "decided", "which", "who", "during", "under", "chaired", "with", "by", "when", "while", "after", "before", "reviewed",
        "discussed", "welcomed", "called", "expressed", "took", "began", "begins", "started", "heard", "will", "would", "also",
        "yesterday", "this",
    ]
    static let connectors: Set<String> = ["of", "the", "on", "for", "and", "in", "at", "against", "to"]

    func extract(
        title rawTitle: String, headerLines: [String], blocks: [TokenizedText], dates blockDates: [[FoundDate]]? = nil,
        published: String? = nil
    ) -> MeetingHeader {
        let blockDates = blockDates ?? blocks.map { DateFinder.find(in: $0) }
        var title = rawTitle
        // A trailing " - 2017-09-19" is the page's date stamp, not part of the headline.
        var titleDate: FoundDate?
        let tt = TokenizedText(rawTitle)
        if let last = DateFinder.find(in: tt).last, last.end == tt.scalars.count {
            var k = last.tokens.lowerBound - 1
            while k >= 0, tt.tokens[k].kind == .punctuation, tt.tokens[k].folded == "-" || tt.tokens[k].folded == "|" { k -= 1 }
            if k >= 0, k < last.tokens.lowerBound - 1, BlockClassifier.hasDateSuffix(tt) {
                title = tt.slice(0, tt.tokens[k].end)
                titleDate = last
            }
        }
        var header = MeetingHeader(title: title)
        let first = blocks.first
        let firstTwo = Array(blocks.prefix(2))

        // Date: see MeetingDateResolver (the body's name comes first: "Recalling its communiqué of 17 December 2021,
        // the Council, at its meeting held on 21 April 2022").
        var bodyStart = 0
        if let f = first, let (_, start) = bodyAndStart(in: f) { bodyStart = start }
        let date =
            MeetingDateResolver.resolve(
                first: firstTwo, dates: Array(blockDates.prefix(2)),
                bodyStart: bodyStart, headerLines: headerLines, titleDate: titleDate, published: published)
            ?? blockDates.lazy.compactMap(\.first).first
        header.date = date

        // Body and organisation.
        if let f = first, let body = body(in: f) { header.body = body } else if let body = body(in: tt) { header.body = body }
        if let body = header.body {
            let bt = TokenizedText(body)
            header.organization = entities.mentions(in: bt).first { $0.kind == .organization }?.ref
        }
        if header.organization == nil {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for t in [tt] + firstTwo {
                for e in entities.mentions(in: t) where e.kind == .organization {
                    if counts[e.ref!] == nil { order.append(e.ref!) }
                    counts[e.ref!, default: 0] += 1
                }
            }
            header.organization = order.max {
                counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!)
            }
        }
        header.level = level(title: tt, blocks: firstTwo, body: header.body)
        if let f = first {
            header.location = location(in: f, body: header.body, from: bodyStart) ?? location(in: f, body: header.body)
            header.occasion = occasion(in: f)
        }
        if header.location == nil, first.map(isVirtual) != true {
            header.location = datelineLocation(headerLines)
        }
        return header
    }

    /// The convening body in a block: the capitalised phrase around the first head noun.
    func body(in t: TokenizedText) -> String? { bodyAndStart(in: t)?.0 }

    /// The body and its scalar offset in the block.
    func bodyAndStart(in t: TokenizedText) -> (String, Int)? {
        let tokens = t.tokens
        guard let h = tokens.indices.first(where: { tokens[$0].isCapitalized && Self.heads.contains(tokens[$0].folded) }) else {
            return nil
        }
        var start = h
        while start > 0 {
            let p = tokens[start - 1]
            if p.folded == "the" || p.kind == .punctuation && p.folded != "-" { break }
            if p.isCapitalized || p.isAllCaps { start -= 1; continue }
            if p.folded == "and", start >= 2, tokens[start - 2].isCapitalized, tokens[start - 2].folded != "the" { start -= 1; continue }
            break
        }
        var end = h + 1
        var k = h + 1
        var depth = 0
        while k < tokens.count {
            let tok = tokens[k]
            if tok.kind == .punctuation {
                if tok.folded == "(" { depth += 1; k += 1; continue }
                if tok.folded == ")" { if depth == 0 { break }; depth -= 1; k += 1; end = k; continue }
                if tok.folded == "-" || tok.folded == "'" { k += 1; continue }
                if depth > 0 { k += 1; continue }
                break
            }
            if depth > 0 { k += 1; continue }
            if Self.bodyStops.contains(tok.folded) && !tok.isCapitalized { break }
            if tok.folded == "at", k + 1 < tokens.count, tokens[k + 1].folded == "its" { break }
            if tok.kind == .number || DateFinder.month(tok.folded) != nil { break }
            if tok.folded.hasSuffix("ing"), !tok.isCapitalized { break }
            k += 1
            if !Self.connectors.contains(tok.folded) { end = k }
        }
        guard end > start else { return nil }
        return (t.text(start..<end), tokens[start].start)
    }

    func level(title: TokenizedText, blocks: [TokenizedText], body: String?) -> String? {
        let texts = [title] + blocks
        let folded = texts.map { $0.tokens.map(\.folded) }
        func has(_ phrase: String, in texts: ArraySlice<[String]>) -> Bool {
            let words = phrase.split(separator: " ").map(String.init)
            return texts.contains { t in
                guard t.count >= words.count else { return false }
                for i in 0...(t.count - words.count) where t[i] == words[0] {
                    if (1..<words.count).allSatisfy({ t[i + $0] == words[$0] }) { return true }
                }
                return false
            }
        }
        let explicit: [(String, String)] = [
            ("ministerial level", "Ministerial"), ("level of ministers", "Ministerial"), ("level of foreign ministers", "Ministerial"),
            ("summit level", "Summit"), ("level of heads of state", "Summit"), ("heads of state and government", "Summit"),
            ("level of permanent representatives", "Ambassadorial"), ("ambassadorial level", "Ambassadorial"),
            ("level of ambassadors", "Ambassadorial"), ("senior officials meeting", "Senior Officials"),
            ("level of senior officials", "Senior Officials"), ("senior officials level", "Senior Officials"),
            ("senior official level", "Senior Officials"),
        ]
        for (phrase, level) in explicit where has(phrase, in: folded[...]) { return level }
        // Implied levels only from the headline and the first block: later blocks talk of other meetings.
        let near = folded.prefix(2)
        let implied: [(String, String)] = [
            ("senior officials", "Senior Officials"), ("foreign ministers", "Ministerial"), ("ministers of foreign affairs", "Ministerial"),
            ("ministerial council", "Ministerial"),
            ("council of ministers", "Ministerial"), ("ministerial meeting", "Ministerial"), ("ministerial session", "Ministerial"),
            ("summit", "Summit"), ("heads of state", "Summit"),
            ("permanent representative", "Ambassadorial"), ("ambassadors", "Ambassadorial"),
        ]
        for (phrase, level) in implied where has(phrase, in: near) { return level }
        return nil
    }

    static let notPlaces: Set<String> = [
        "the", "accordance", "particular", "addition", "order", "line", "view", "light", "support", "respect", "resolution",
        "resolutions", "article", "paragraph", "decision", "session", "response", "favour", "favor", "cooperation",
        "coordination", "consultation", "solidarity", "memory", "honour", "honor", "his", "her", "its", "their", "this", "that",
    ]
    static let regions: Set<String> = [
        "europe", "africa", "asia", "america", "americas", "oceania", "antarctica", "middle",
        "gulf", "sahel", "caucasus", "balkans", "region", "central", "west", "east", "north",
        "south", "southern", "northern", "eastern", "western", "latin", "caribbean", "arctic",
    ]
    static let virtualWords: Set<String> = ["videoconference", "teleconference", "virtually", "virtual", "online", "videolink"]

    func isVirtual(_ t: TokenizedText) -> Bool {
        t.tokens.enumerated().contains { i, tok in
            Self.virtualWords.contains(tok.folded)
                || (tok.folded == "video" && i + 1 < t.tokens.count
                    && ["conference", "link", "teleconference"].contains(t.tokens[i + 1].folded))
        }
    }

    /// The first "in <City>" of the first block that is not a state, organisation or month.
    func location(in t: TokenizedText, body: String? = nil, from offset: Int = 0) -> String? {
        if isVirtual(t) { return nil }
        let tokens = t.tokens
        // "in Europe" inside "Contact Group on Muslims in Europe" is part of the body's name.
        var bodySpan = 0..<0
        if let body, let r = t.text.range(of: body) {
            let s = t.text.unicodeScalars.distance(from: t.text.unicodeScalars.startIndex, to: r.lowerBound)
            bodySpan = s..<(s + body.unicodeScalars.count)
        }
        let names = entities.mentions(in: t)
        // Any word inside a state's or organisation's name ("Mission in Afghanistan (UNAMA)") is not a place.
        var entityStarts = Set<Int>()
        for e in names { for k in e.tokens { entityStarts.insert(k) } }
        for i in tokens.indices where tokens[i].folded == "in" && i + 1 < tokens.count {
            let s = i + 1
            guard tokens[i].start >= offset, !bodySpan.contains(tokens[i].start), !Self.regions.contains(tokens[s].folded) else { continue }
            guard tokens[s].isCapitalized, !entityStarts.contains(s), DateFinder.month(tokens[s].folded) == nil,
                !Self.notPlaces.contains(tokens[s].folded)
            else { continue }
            var e = s
            while e < tokens.count, tokens[e].isCapitalized || (tokens[e].folded == "-" && !tokens[e].spaceBefore) {
                if e > s, entityStarts.contains(e) { break }
                e += 1
            }
            while e > s, tokens[e - 1].kind == .punctuation { e -= 1 }
            guard e > s, e - s <= 4, !(e < tokens.count && tokens[e].kind == .number) else { continue }
            return t.text(s..<e)
        }
        return nil
    }

    /// "Niamey, 12-13 Rabi al Thani 1442H (…)": the place a dateline starts with.
    func datelineLocation(_ lines: [String]) -> String? {
        for line in lines {
            let t = TokenizedText(line)
            guard let comma = t.tokens.firstIndex(where: { $0.folded == "," }), comma > 0, comma <= 3,
                t.tokens[0..<comma].allSatisfy({ $0.isCapitalized || $0.folded == "-" }),
                !DateFinder.find(in: t, range: comma..<t.tokens.count).isEmpty,
                entities.mentions(in: t, range: 0..<comma).isEmpty,
                DateFinder.month(t.tokens[0].folded) == nil, !DateFinder.weekdays.contains(t.tokens[0].folded),
                t.tokens[0].folded != "date"
            else { continue }
            return t.text(0..<comma)
        }
        return nil
    }

    /// "on the sidelines of the Annual Coordination Meeting", "on the margins of the 74th session …".
    func occasion(in t: TokenizedText) -> String? {
        let tokens = t.tokens
        for i in tokens.indices where tokens[i].folded == "on" && i + 3 < tokens.count {
            guard tokens[i + 1].folded == "the", ["sidelines", "margins", "margin", "sideline", "occasion"].contains(tokens[i + 2].folded),
                tokens[i + 3].folded == "of"
            else { continue }
            var e = i + 4
            while e < tokens.count {
                let f = tokens[e].folded
                if f == "," || f == "." || f == ";" || f == "held" || f == "at" { break }
                if f == "in", e + 1 < tokens.count, tokens[e + 1].isCapitalized, tokens[e + 1].folded != "the" { break }
                e += 1
            }
            return t.text(i..<e)
        }
        return nil
    }
}
