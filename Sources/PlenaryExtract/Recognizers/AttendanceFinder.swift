import PlenaryModel

/// States and organisations said to attend, take part, chair or host, from the sentences that
/// say so ("attended by the delegations of A, B … and C", "Delegations of … took part",
/// "chaired by the State of Palestine", "Speaking for … Saint Vincent and the Grenadines").
/// Items of a listed attendance that match no name are kept as unmatched text.
enum AttendanceFinder {
    static let triggers: [[String]] = [
        ["attended"], ["attendance"], ["took", "part"], ["taking", "part"], ["take", "part"], ["participated"], ["participating"],
        ["participation", "of"], ["participants", "included"], ["participants", "were"], ["delegations", "of"],
        ["heads", "of", "delegation"], ["were", "represented"],
        ["chaired", "by"], ["chairmanship", "of"], ["presided", "over", "by"], ["presidency", "of"], ["hosted", "by"],
        ["speaking", "for"], ["speaking", "on", "behalf", "of"], ["behalf", "of"], ["present", "were"], ["presence", "of"],
        ["joined", "by"], ["invitation", "of"],
    ]
    static let topicWords: Set<String> = [
        "on", "regarding", "concerning", "about", "against", "situation", "toward", "towards", "suspension",
    ]

    /// Attendance items of one block.
    static func find(in text: TokenizedText, block: Int, sentences: [Range<Int>], entities: [EntityMention]) -> [Attendance] {
        let t = text.tokens
        var out: [Attendance] = []
        var next = 0
        for s in sentences {
            // Entities come in reading order: skip those before this sentence once.
            while next < entities.count, entities[next].tokens.lowerBound < s.lowerBound { next += 1 }
            guard let trigger = triggerEnd(text, s) else { continue }
            // "to be hosted by", "will be chaired by": a future session, not this meeting.
            let triggerWord =
                (s.lowerBound..<trigger).last { t[$0].isWord && !["by", "of", "for", "part", "over"].contains(t[$0].folded) } ?? trigger
            if (max(s.lowerBound, triggerWord - 3)..<triggerWord).contains(where: {
                ["will", "to", "would", "shall", "next"].contains(t[$0].folded)
            }) {
                continue
            }
            if (s.lowerBound..<triggerWord).contains(where: { ["will", "next", "future", "shall"].contains(t[$0].folded) }) { continue }
            var inSentence: [EntityMention] = []
            var e = next
            while e < entities.count, entities[e].tokens.lowerBound < s.upperBound { inSentence.append(entities[e]); e += 1 }
            var matched: [Range<Int>] = []
            for e in inSentence where e.kind == .demonym {
                // "the Saudi, Turkish and Pakistani delegations took part": states by their adjective, before a delegation word.
                var k = e.tokens.upperBound
                var steps = 0
                while k < s.upperBound, steps < 10,
                    [",", "and"].contains(t[k].folded) || inSentence.contains(where: { $0.kind == .demonym && $0.tokens.lowerBound == k })
                {
                    if let d = inSentence.first(where: { $0.tokens.lowerBound == k }) { k = d.tokens.upperBound } else { k += 1 }
                    steps += 1
                }
                guard k < s.upperBound,
                    ["delegation", "delegations", "delegates", "representatives", "ministers", "counterparts"].contains(t[k].folded),
                    let code = e.ref
                else { continue }
                out.append(Attendance(country: code, asWritten: text.slice(e.start, e.end), paragraph: block, start: e.start, end: e.end))
            }
            for e in inSentence where e.kind == .country || e.kind == .organization || e.kind == .ambiguous {
                // States named as a topic ("the situation in Mali") are not attendees.
                let k = e.tokens.lowerBound
                let before = (max(s.lowerBound, k - 3)..<k).map { t[$0].folded }
                if before.contains(where: { topicWords.contains($0) }) && k < trigger { continue }
                if before.contains(where: { topicWords.contains($0) }), !before.contains("of") { continue }
                // "in Addis Ababa, Ethiopia": a city's state says where, not who.
                if k >= 3, t[k - 1].folded == ",", t[k - 2].isCapitalized,
                    (max(s.lowerBound, k - 6)..<(k - 2)).contains(where: { t[$0].folded == "in" })
                {
                    continue
                }
                // Organisations count only as items of the list, not as places ("at United Nations Headquarters").
                if e.kind == .organization {
                    var p = k - 1
                    if p >= s.lowerBound, t[p].folded == "the" { p -= 1 }
                    guard p >= s.lowerBound, p + 1 == trigger || [",", "and", ";", "of", "by"].contains(t[p].folded) else { continue }
                }
                out.append(
                    Attendance(
                        country: e.kind == .country ? e.ref : nil, organization: e.kind == .organization ? e.ref : nil,
                        asWritten: text.slice(e.start, e.end), paragraph: block, start: e.start, end: e.end))
                matched.append(e.tokens)
            }
            out += unmatchedItems(text, block: block, sentence: s, after: trigger, matched: matched)
        }
        return out
    }

    /// Token index just past the first trigger phrase in the sentence, if any.
    static let triggerStarts = Set(triggers.map { $0[0] })
    /// (first letter, length) pairs of the trigger words, as a bit table: no hashing per token.
    static let triggerShapes: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        for t in triggers { table[Int(t[0].utf8.first!)] |= 1 << UInt32(min(31, t[0].utf8.count)) }
        return table
    }()

    @inline(__always)
    static func mayStartTrigger(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { b in
            guard let first = b.first else { return false }
            return triggerShapes[Int(first)] & (1 << UInt32(min(31, b.count))) != 0
        }
    }

    static func triggerEnd(_ text: TokenizedText, _ s: Range<Int>) -> Int? {
        text.tokens.withUnsafeBufferPointer { t -> Int? in
            for i in s where t[i].kind == .word && mayStartTrigger(t[i].folded) && triggerStarts.contains(t[i].folded) {
                for trig in triggers where t[i].folded == trig[0] {
                    var k = i + 1
                    var ok = true
                    for w in trig.dropFirst() { guard k < s.upperBound, t[k].folded == w else { ok = false; break }; k += 1 }
                    if ok { return k }
                }
            }
            return nil
        }
    }

    /// List items after "… the delegations of" that no gazetteer name matched ("the Turkish Cypriot State").
    static func unmatchedItems(_ text: TokenizedText, block: Int, sentence s: Range<Int>, after trigger: Int, matched: [Range<Int>])
        -> [Attendance]
    {
        let t = text.tokens
        guard matched.count >= 2, let firstMatched = matched.first?.lowerBound, firstMatched >= trigger, firstMatched - trigger <= 4 else {
            return []
        }
        var out: [Attendance] = []
        var itemStart = firstMatched
        var k = firstMatched
        func flush(_ end: Int) {
            guard end > itemStart else { return }
            let item = itemStart..<end
            if !matched.contains(where: { $0.overlaps(item) }) {
                var a = item.lowerBound
                while a < end, ["and", "the", "as", "well"].contains(t[a].folded) { a += 1 }
                let words = (a..<end).filter { t[$0].isWord }
                if a < end, t[a].isCapitalized, words.count <= 6 {
                    out.append(Attendance(asWritten: text.text(a..<end), paragraph: block, start: t[a].start, end: t[end - 1].end))
                }
            }
        }
        while k < s.upperBound {
            let f = t[k].folded
            if f == "," || f == ";" || (f == "and" && !matched.contains(where: { $0.contains(k) })) {
                flush(k)
                itemStart = k + 1
            } else if f == "."
                || (t[k].isWord && !t[k].isCapitalized && !["and", "the", "of", "as", "well", "among", "others"].contains(f))
            {
                break
            }
            k += 1
        }
        if k == s.upperBound || t[k].folded == "." { flush(k) }
        return out
    }
}
