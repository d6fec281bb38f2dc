/// Finds states and organisations in tokenized text: longest name first, an optional leading
/// "the", ambiguous names reported as such and never resolved by guessing.
public struct EntityMatcher: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) { self.gazetteer = gazetteer }

    /// States, organisations and (optionally) demonyms in `range`, in reading order, non-overlapping.
    public func mentions(in text: TokenizedText, range: Range<Int>? = nil, demonyms: Bool = false) -> [EntityMention] {
        let range = range ?? 0..<text.tokens.count
        let tokens = text.tokens
        var out: [EntityMention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard tokens[i].kind != .punctuation, tokens[i].isCapitalized else { i += 1; continue }
            var best: EntityMention?
            let known = gazetteer.nameInitials.contains(tokens[i].folded)
            if known, let m = gazetteer.countryNames.longestMatch(in: text, at: i, limit: range.upperBound) {
                switch m.payload {
                case .country(let code):
                    best = EntityMention(
                        kind: .country, ref: code, candidates: [code], organ: nil, tokens: m.tokens,
                        start: m.start, end: m.end, rule: "gazetteer.country")
                case .ambiguous(let codes):
                    best = EntityMention(
                        kind: .ambiguous, ref: nil, candidates: codes, organ: nil, tokens: m.tokens,
                        start: m.start, end: m.end, rule: "gazetteer.ambiguous")
                }
            }
            if known, let m = gazetteer.organizationNames.longestMatch(in: text, at: i, limit: range.upperBound),
                !m.payload.capitalsOnly
                    || m.tokens.allSatisfy({ !tokens[$0].isWord || tokens[$0].isAllCaps || tokens[$0].kind == .number }),
                m.tokens.count > (best?.tokens.count ?? 0)
            {
                best = EntityMention(
                    kind: .organization, ref: m.payload.acronym, candidates: [m.payload.acronym],
                    organ: m.payload.organ, tokens: m.tokens, start: m.start, end: m.end,
                    rule: m.payload.organ == nil ? "gazetteer.organization" : "gazetteer.organ")
            }
            if best == nil, demonyms, known, let m = gazetteer.demonyms.longestMatch(in: text, at: i, limit: range.upperBound) {
                best = EntityMention(
                    kind: .demonym, ref: m.payload, candidates: [m.payload], organ: nil, tokens: m.tokens,
                    start: m.start, end: m.end, rule: "gazetteer.demonym")
            }
            if let acronym = parenthesizedAcronym(text, at: i, range: range),
                acronym.tokens.count > (best?.tokens.count ?? 0)
            {
                best = acronym
            }
            if var b = best {
                // A trailing "(AU)" after a full name belongs to the mention.
                let after = b.tokens.upperBound
                if b.kind == .organization, text.token(after, is: "("), after + 2 < range.upperBound,
                    tokens[after + 1].isAllCaps, text.token(after + 2, is: ")")
                {
                    b.tokens = b.tokens.lowerBound..<(after + 3)
                    b.end = tokens[after + 2].end
                }
                if b.tokens.lowerBound > range.lowerBound, tokens[b.tokens.lowerBound - 1].folded == "the" {
                    b.tokens = (b.tokens.lowerBound - 1)..<b.tokens.upperBound
                    b.start = tokens[b.tokens.lowerBound].start
                }
                out.append(b)
                i = b.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// States only, leaving organisations and ambiguous names out.
    public func countries(in text: TokenizedText, range: Range<Int>? = nil) -> [EntityMention] {
        mentions(in: text, range: range).filter { $0.kind == .country }
    }

    /// The single state a short phrase names ("the Republic of Türkiye" → TUR), if it names exactly one.
    public func country(named phrase: String) -> String? {
        let t = TokenizedText(phrase)
        let found = mentions(in: t)
        guard found.count == 1, found[0].kind == .country else { return nil }
        return found[0].ref
    }

    /// "United Nations Office for West Africa and the Sahel (UNOWAS)": a run of capitalised words
    /// closed by an acronym in brackets names an organisation the gazetteer does not know.
    private func parenthesizedAcronym(_ text: TokenizedText, at i: Int, range: Range<Int>) -> EntityMention? {
        let tokens = text.tokens
        var j = i
        var capitalised = 0
        while j < range.upperBound, j - i < 14 {
            let t = tokens[j]
            if t.folded == "(" { break }
            if t.kind == .punctuation && !text.isSoftPunctuation(t) { return nil }
            if t.isWord {
                if t.isCapitalized { capitalised += 1 } else if !["of", "for", "and", "the", "on", "in"].contains(t.folded) { return nil }
            }
            j += 1
        }
        guard capitalised >= 2, j + 2 < range.upperBound, text.token(j, is: "("), tokens[j + 1].isAllCaps,
            tokens[j + 1].kind == .word, text.token(j + 2, is: ")")
        else { return nil }
        var acronym = text.slice(tokens[j + 1].start, tokens[j + 1].end)
        // "(CFM)" may itself be a known organ's short name: it then stands for its organisation.
        var organ: String?
        if let known = gazetteer.organizationNames.longestMatch(in: text, at: j + 1, limit: j + 2) {
            acronym = known.payload.acronym
            organ = known.payload.organ
        }
        guard acronym.count >= 2, acronym.count <= 8 else { return nil }
        // The initials must agree with the capitalised words (UNOWAS ← United Nations Office … West Africa … Sahel).
        guard organ != nil || acronym.count > 1 && tokens[i].folded.first.map({ String($0) == String(acronym.first!).lowercased() }) == true
        else { return nil }
        return EntityMention(
            kind: .organization, ref: acronym, candidates: [acronym], organ: organ, tokens: i..<(j + 3),
            start: tokens[i].start, end: tokens[j + 2].end, rule: "organization.acronym")
    }
}
