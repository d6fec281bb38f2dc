/// Blocks → meetings' segments: finds the headline, drops the site chrome before it and the
/// footer after the body, keeps datelines aside, numbers the body blocks, and splits a page
/// that reports several meetings (a headline followed by a dateline inside the body).
enum DocumentSegmenter {
    static func segment(_ raw: [RawBlock]) -> [DocumentSegment] {
        let classes = raw.map { block -> BlockClass in
            // Lines that are mostly links are the site's menus and link lists, whatever their words.
            if block.linkShare >= 0.75, block.kind != .heading(1) { return .chrome }
            if case .heading = block.kind {
                let c = BlockClassifier.classify(block.text)
                return c == .footer ? .footer : .heading
            }
            if block.listNumber != nil || block.listContinuation || block.isListItem {
                let c = BlockClassifier.classify(block.text)
                return c == .footer ? .footer : .prose
            }
            return BlockClassifier.classify(block.text)
        }
        // The headline: the first <h1>, else the last headline candidate before the first prose block.
        var titleIndex: Int?
        // A site's logo may be an <h1> too: the first <h1> of three words or more is the headline.
        if let h1 = raw.firstIndex(where: { $0.kind == .heading(1) && $0.text.split(separator: " ").count >= 3 })
            ?? raw.firstIndex(where: { $0.kind == .heading(1) })
        {
            titleIndex = h1
        } else if let firstProse = classes.firstIndex(of: .prose) {
            titleIndex = (0..<firstProse).last { classes[$0] == .heading && !BlockClassifier.endsWithComma(raw[$0].text) }
            // A label under the headline ("European Commission - Statement") is not the headline.
            // Nor is the issuing office under it ("Media Note" / "Office of the Spokesperson"): step up past each.
            while let t = titleIndex, isLabel(raw[t].text) || isIssuingOffice(raw[t].text),
                let above = (0..<t).last(where: { classes[$0] == .heading || classes[$0] == .prose }), classes[above] == .heading
            {
                titleIndex = above
            }
            if titleIndex == nil {
                titleIndex = raw.indices.first {
                    if case .heading = raw[$0].kind { return $0 < firstProse }; return false
                }
            }
        } else {
            titleIndex = classes.firstIndex(of: .heading)
        }
        guard let start = titleIndex else {
            // No headline: the body is everything from the first prose block.
            guard let firstProse = classes.firstIndex(of: .prose) else { return [] }
            return build(title: "", raw: raw, classes: classes, from: firstProse).0.map { [$0] } ?? []
        }
        // Meeting starts: the headline, and later headlines followed by a header line (a new dateline).
        var starts = [start]
        // Prefix and suffix facts, so finding later headlines stays linear in the number of blocks.
        var paragraphsBefore = [Int](repeating: 0, count: raw.count + 1)
        for i in raw.indices { paragraphsBefore[i + 1] = paragraphsBefore[i] + (raw[i].kind == .paragraph && i > start ? 1 : 0) }
        var proseAfter = [Bool](repeating: false, count: raw.count + 1)
        for i in raw.indices.reversed() { proseAfter[i] = proseAfter[i + 1] || classes[i] == .prose }
        var k = start + 1
        while k < raw.count {
            if classes[k] == .footer { break }
            let isHeading: Bool = {
                if case .heading(let level) = raw[k].kind { return level <= 2 }; return classes[k] == .heading
            }()
            if isHeading, k + 1 < raw.count, paragraphsBefore[k] > 0, proseAfter[k + 1],
                classes[k + 1] == .headerLine || BlockClassifier.hasDateSuffix(TokenizedText(raw[k].text))
            {
                starts.append(k)
            }
            if case .heading(1) = raw[k].kind, k != start, !starts.contains(k) { starts.append(k) }
            k += 1
        }
        // Past the article's tags ("Development", "#LDC5") the page holds sidebars and teasers:
        // a later headline with a tag line between it and the last paragraph before it is no meeting.
        for n in starts.indices.dropFirst() {
            let k = starts[n]
            guard let lastProse = (starts[n - 1]..<k).last(where: { classes[$0] == .prose }) else { continue }
            if (lastProse + 1..<k).contains(where: { classes[$0] == .chrome }) {
                starts.removeSubrange(n...)
                break
            }
        }
        // A page of several meetings under one page headline: the first meeting's own heading leads it.
        if starts.count >= 2, let firstProse = (start + 1..<starts[1]).first(where: { classes[$0] == .prose }),
            let own = (start + 1..<firstProse).first(where: { k in
                if case .heading = raw[k].kind { return k + 1 < raw.count && classes[k + 1] == .headerLine }
                return false
            })
        {
            starts[0] = own
        }
        var segments: [DocumentSegment] = []
        for (n, s) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : raw.count
            let (built, ended) = build(title: raw[s].text, raw: raw, classes: classes, from: s + 1, to: end)
            if var seg = built {
                // Header lines above the headline (a UN page's "8 July 2021") come after the ones below it.
                let lowerBound = n == 0 ? 0 : starts[n - 1] + 1
                seg.headerLines += (lowerBound..<s).filter { classes[$0] == .headerLine && n == 0 }.map { raw[$0].text }
                segments.append(seg)
            }
            // Past the article's tags come sidebars and teasers ("Daily Noon Briefing"), never meetings.
            if ended { break }
        }
        return segments
    }

    /// One segment from its headline on; `ended` tells that the body stopped at the article's
    /// taxonomy tags (short lines that head no paragraph), after which the page holds no meeting.
    private static func build(title: String, raw: [RawBlock], classes: [BlockClass], from: Int, to end: Int? = nil) -> (
        DocumentSegment?, ended: Bool
    ) {
        let end = end ?? raw.count
        // Bytes of prose from each block to the end: after an article's tags little prose is left.
        var proseAfter = [Int](repeating: 0, count: raw.count + 1)
        for k in raw.indices.reversed() { proseAfter[k] = proseAfter[k + 1] + (classes[k] == .prose ? raw[k].text.utf8.count : 0) }
        var bodyBytes = 0
        var header: [String] = []
        var blocks: [DocumentSegment.Block] = []
        var section: String?
        var inBody = false
        var i = from
        var ended = false
        loop: while i < end {
            let block = raw[i], cls = classes[i]
            defer { i += 1 }
            // A share or print bar under the headline is chrome; after the body it ends the page.
            if cls == .footer {
                // A photo credit ("Photo: © OIC") sits between paragraphs; other footers end the page.
                let folded = Folding.fold(block.text)
                if blocks.isEmpty || ["photo", "credit", "image", "caption"].contains(where: { folded.contains($0) }) { continue }
                break loop
            }
            switch cls {
            case .chrome:
                if !blocks.isEmpty, proseAfter[i] < bodyBytes, endsBody(after: i, raw: raw, classes: classes) { ended = true; break loop }
                continue
            case .headerLine:
                if !inBody || blocks.isEmpty { header.append(block.text); continue }
                // A date-only line inside the body is still a header line, never a block.
                header.append(block.text)
                continue
            case .heading:
                if case .heading = block.kind { continue }
                // Sub-headings in text: a short line without closing punctuation ("WE HEREBY COMMIT TO:" is body).
                let words = block.text.split(separator: " ").count
                if words <= 10, !PlainTextBlockReader.endsSentence(block.text) {
                    // A sub-heading heads the paragraph after it; a short line followed by more short
                    // lines after the body is a list of tags: the body ends there.
                    if !blocks.isEmpty, proseAfter[i] < bodyBytes, endsBody(after: i, raw: raw, classes: classes) {
                        ended = true; break loop
                    }
                    continue
                }
                fallthrough
            case .prose, .footer:
                inBody = true
                var text = block.text
                var number: String?
                if let n = block.listNumber {
                    if !block.listContinuation { number = n }
                    section = n
                } else if let (n, length) = BlockClassifier.numberPrefix(text) {
                    number = n
                    section = n
                    text = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(length)))
                }
                blocks.append(DocumentSegment.Block(number: number, section: section, text: text))
                bodyBytes += text.utf8.count
            }
        }
        guard !blocks.isEmpty || !title.isEmpty else { return (nil, ended) }
        return (DocumentSegment(title: plainTitle(title), headerLines: header, blocks: blocks), ended)
    }

    /// After the body, a short line (a tag, "#LDC5", "Development") followed by neither prose nor
    /// a heading over prose: the article is over and what follows is the site's sidebar. (The
    /// caller also asks that less prose follows than the body holds: teasers are short, and a
    /// resolution's sub-title over its long preamble is not a tag.)
    static func endsBody(after i: Int, raw: [RawBlock], classes: [BlockClass]) -> Bool {
        guard let next = (i + 1..<raw.count).first(where: { classes[$0] != .chrome }) else { return false }
        if isBody(next, raw, classes) { return false }
        if classes[next] == .heading,
            let after = (next + 1..<raw.count).first(where: { classes[$0] != .chrome && classes[$0] != .headerLine })
        {
            return !isBody(after, raw, classes)
        }
        return true
    }

    private static func isBody(_ k: Int, _ raw: [RawBlock], _ classes: [BlockClass]) -> Bool {
        classes[k] == .prose || raw[k].listNumber != nil || raw[k].isListItem
    }

    static let labelWords: Set<String> = ["statement", "release", "communiqué", "communique", "readout", "press", "media", "news"]

    /// "JOINT STATEMENT", "MEDIA RELEASE", "European Commission - Statement": four words at most,
    /// one of them naming the kind of document.
    static func isLabel(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        return words.count <= 4 && words.contains { labelWords.contains($0.lowercased()) }
    }

    /// "Office of the Spokesperson", "Press Office", "Office of the Press Secretary": who issued the
    /// document, printed under its headline.
    static func isIssuingOffice(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map { $0.lowercased() }
        guard words.count <= 6 else { return false }
        if words.count >= 2, words[0] == "office", words[1] == "of" { return true }
        return words.contains { ["spokesperson", "spokesman", "spokeswoman"].contains($0) }
            || zip(words, words.dropFirst()).contains { $0 == "press" && ($1 == "office" || $1 == "secretary") }
    }

    /// A headline as printed, with runs of spaces (non-breaking ones too) written as one space.
    static func plainTitle(_ title: String) -> String {
        guard title.unicodeScalars.contains(where: { $0 == "\u{00A0}" || $0 == "\t" }) || title.contains("  ") else { return title }
        return title.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" }).joined(separator: " ")
    }
}
