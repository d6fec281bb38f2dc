/// Finds the people a block reports: honorific-led names with their appositive role
/// ("H.E. Dr. Yousef A. Al-Othaimeen, the OIC Secretary General"), role-first names
/// ("Foreign Minister Mammadyarov of Azerbaijan"), names followed by a post ("Mahamat Saleh
/// Annadif, Special Representative …"), unnamed representatives ("the representative of France",
/// "China's delegate", "Statements were also delivered by Switzerland, Norway and Kazakhstan"),
/// pronouns and role anaphora ("The Minister also …"). Quoted text is skipped, and people named
/// only as someone on whose behalf or in whose absence others act are not reported.
public struct PersonFinder: Sendable {
    public let gazetteer: Gazetteer
    private let honorificIndex: [String: [(form: String, words: [String])]]
    /// First words of honorifics and posts: one lookup rules out most capitalised words.
    private let initials: Set<String>

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
        var index: [String: [(form: String, words: [String])]] = [:]
        for h in gazetteer.honorifics {
            for v in h.variants { if let f = v.first { index[f, default: []].append((h.form, v)) } }
        }
        for k in index.keys { index[k]?.sort { $0.words.count > $1.words.count } }
        honorificIndex = index
        initials = Set(index.keys).union(gazetteer.posts.firstWords)
    }

    static let particles: Set<String> = [
        "bin", "ibn", "bint", "bn", "al", "el", "ould", "de", "da", "di", "du", "van", "von",
        "der", "la", "le", "ben", "abu", "abou", "y", "dos", "das", "del", "ter", "ag", "wa",
    ]
    static let notNames: Set<String> = [
        "the", "a", "an", "this", "that", "these", "in", "on", "at", "of", "for", "and", "he", "she", "it", "they", "we",
        "his", "her", "their", "minister", "ministers", "president", "secretary", "general", "ambassador", "representative",
        "council", "assembly", "committee", "commission", "group", "meeting", "session", "state", "states", "republic",
        "kingdom", "government", "member", "members", "delegation", "delegations", "chair", "chairperson", "chairman",
        "excellency", "excellencies", "highness", "majesty", "office", "secretariat", "union", "organization", "organisation",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "speaking", "opening", "chairing",
        "special", "permanent", "deputy", "head", "high", "foreign", "prime", "vice", "under", "also",
    ]
    /// Honorifics that precede a surname alone ("Mr. Qureshi", "Ambassador Kimani").
    static let personalHonorifics: Set<String> = [
        "H.E.", "H.H.", "H.R.H.", "H.M.", "Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Sheikh",
        "Sheikha", "Sayyid", "Sayyida", "Ambassador", "Makhdoom", "Prince", "Princess",
        "King", "Queen", "Emir", "Sultan", "Miss", "Madam", "H.Em.",
    ]
    static let objectVerbs: Set<String> = [
        "thanked", "thanking", "thank", "thanks", "congratulated", "congratulating",
        "commended", "commending", "praised", "praising", "lauded", "saluted", "mourned",
    ]
    static let speechWords: Set<String> = [
        "spoke", "speak", "speaking", "statement", "statements", "said", "floor", "briefed",
        "delivered", "addressed", "intervened", "remarks", "stressed", "welcomed", "expressed",
        "noted", "underlined", "reiterated", "called", "urged", "presented", "emphasized",
    ]
    static let representativeWords: Set<String> = [
        "representative", "representatives", "delegate", "delegates", "delegation",
        "delegations", "observer", "observers",
    ]
    static let statementNouns: Set<String> = [
        "briefing", "statement", "statements", "remarks", "presentation", "report",
        "address", "intervention", "speech", "message", "introduction", "update",
    ]
    static let nonVerbsAfterRole: Set<String> = [
        "for", "to", "at", "in", "on", "with", "and", "or", "of", "from", "by", "as",
        "'", ",", ".", ";", ":", ")", "who", "whose", "whom", "that", "which",
    ]

    public func find(in text: TokenizedText, entities: [EntityMention], sentences: [Range<Int>]) -> [PersonMention] {
        let t = text.tokens
        guard !t.isEmpty else { return [] }
        let entityAt = EntityIndex(entities, tokens: t)
        // Quoted spans are someone's words, not the report of the meeting.
        var quoted = [Bool](repeating: false, count: t.count)
        if t.contains(where: { $0.kind == .punctuation && $0.folded == "\"" }) {
            var inQuote = false
            for i in t.indices {
                if t[i].kind == .punctuation, t[i].folded == "\"" { inQuote.toggle(); continue }
                quoted[i] = inQuote
            }
            if inQuote { quoted = [Bool](repeating: false, count: t.count) }
        }

        var out: [PersonMention] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let firstInSentence = out.count
            defer {
                for n in firstInSentence..<out.count { out[n].sentence = sentenceIndex }
                // "President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland": one state for both.
                if out.count - firstInSentence >= 2 {
                    for n in stride(from: out.count - 2, through: firstInSentence, by: -1)
                    where out[n].kind == .named && out[n].of == nil && out[n + 1].kind == .named && out[n + 1].of != nil {
                        if text.slice(out[n].end, out[n + 1].start).trimmingCharacters(in: .whitespaces) == "and" {
                            out[n].of = out[n + 1].of
                        }
                    }
                }
                // "Speaking for the United States, Ambassador X said …": X speaks for that state.
                if let speakingFor = speakingFor(sentence, text, entityAt) {
                    for n in firstInSentence..<out.count where out[n].kind == .named && out[n].of == nil { out[n].of = speakingFor }
                }
            }
            var i = sentence.lowerBound
            let end = sentence.upperBound
            while i < end {
                if quoted[i] || t[i].kind == .punctuation { i += 1; continue }
                if t[i].isCapitalized || t[i].isAllCaps, let (m, next) = named(at: i, text, end, entityAt, sentence) {
                    if !excluded(m, text, sentence) { out.append(m) }
                    i = next
                    continue
                }
                // Unnamed speakers start at "representative(s)/delegate(s)/delegation(s)", "statement(s)" or a name.
                let initial = t[i].folded.utf8.first ?? 0
                if Self.pluralInitials.contains(initial), Self.pluralFirstWords.contains(t[i].folded),
                    let (ms, next) = pluralPost(at: i, text, end, entityAt)
                {
                    out += ms
                    i = next
                    continue
                }
                if entityAt[i] != nil || initial == 0x72 || initial == 0x64 || initial == 0x73 || initial == 0x6F,
                    let (ms, next) = unnamed(at: i, text, end, entityAt, sentence)
                {
                    out += ms
                    i = next
                    continue
                }
                guard t[i].end - t[i].start <= 3, initial == 0x68 || initial == 0x73 || initial == 0x74 else { i += 1; continue }
                let tok = t[i]
                if tok.folded == "he" || tok.folded == "she" {
                    let first = i == sentence.lowerBound || (i > 0 && t[i - 1].folded == "\"" && i - 1 == sentence.lowerBound)
                    if first
                        || (i > sentence.lowerBound && (t[i - 1].folded == "," || t[i - 1].folded == "and" || t[i - 1].folded == "but"))
                    {
                        out.append(
                            PersonMention(
                                kind: .pronoun, name: nil, honorifics: [], role: nil, of: nil, isDelegation: false,
                                isGroup: false, start: tok.start, end: tok.end, firstToken: i,
                                attribution: text.text(i..<(i + 1)), rule: "anaphora.pronoun"))
                    }
                    i += 1
                    continue
                }
                if tok.folded == "the", let (m, next) = roleAnaphor(at: i, text, end, entityAt, sentence) {
                    out.append(m)
                    i = next
                    continue
                }
                i += 1
            }
        }
        if out.isEmpty, let listed = listedParticipant(text, entityAt) { out.append(listed) }
        return out
    }

    /// A participant list item whose title the gazetteer does not know: "Union Cabinet Minister of Labour and
    /// Employment, Environment, Forest and Climate Change Bhupender Yadav, India". The item is short, is no
    /// sentence, and ends with ", <state or organisation>"; the two capitalised words before that comma are the name.
    private func listedParticipant(_ text: TokenizedText, _ entityAt: EntityIndex) -> PersonMention? {
        let t = text.tokens
        guard t.count >= 5, t.count <= 40, !PlainTextBlockReader.endsSentence(text.text),
            let comma = t.lastIndex(where: { $0.folded == "," }), comma >= 3
        else { return nil }
        var e = comma + 1
        if e < t.count, t[e].folded == "the" { e += 1 }
        guard let entity = entityAt[e], entity.kind == .country || entity.kind == .organization, entity.tokens.upperBound == t.count,
            let ref = entity.ref
        else { return nil }
        // The name: capitalised words (hyphens joined) right before the comma, two of them.
        var k = comma
        var words = 0
        while k > 0, words < 2 {
            let tok = t[k - 1]
            if tok.kind == .word, tok.isCapitalized, !Self.notNames.contains(tok.folded), entityAt.covering(k - 1) == nil {
                words += 1; k -= 1; continue
            }
            if tok.folded == "-", !tok.spaceBefore, k >= 2 { k -= 1; continue }
            break
        }
        guard words == 2, k >= 2, gazetteer.posts.longestMatch(in: text, at: 0) != nil || t[0].isCapitalized else { return nil }
        // A title must stand before the name: at least two words, starting with a known post word.
        guard (0..<k).contains(where: { gazetteer.posts.longestMatch(in: text, at: $0) != nil }) else { return nil }
        let role = text.text(0..<k)
        return PersonMention(
            kind: .named, name: text.text(k..<comma), honorifics: [], role: role, of: ref, isDelegation: false,
            isGroup: false, start: t[0].start, end: t[t.count - 1].end, firstToken: 0,
            attribution: text.text(0..<t.count), rule: "person.list-item")
    }

    /// The state a sentence opens by speaking for: "Speaking for X," / "On behalf of X,".
    private func speakingFor(_ s: Range<Int>, _ text: TokenizedText, _ entityAt: EntityIndex) -> String? {
        let t = text.tokens
        var k = s.lowerBound
        if k + 1 < s.upperBound, t[k].folded == "speaking", t[k + 1].folded == "for" {
            k += 2
        } else if k + 2 < s.upperBound, t[k].folded == "on", t[k + 1].folded == "behalf", t[k + 2].folded == "of" {
            k += 3
        } else if k + 3 < s.upperBound, t[k].folded == "speaking", t[k + 1].folded == "on", t[k + 2].folded == "behalf",
            t[k + 3].folded == "of"
        {
            k += 4
        } else {
            return nil
        }
        guard let e = entityAt[k], e.kind == .country, e.tokens.upperBound < s.upperBound, t[e.tokens.upperBound].folded == "," else {
            return nil
        }
        return e.ref
    }

    /// Posts the text ties to a state without naming the holder: "the President of Lebanon", "Lebanese President".
    func qualifiedPosts(in text: TokenizedText, entities: [EntityMention]) -> [PeopleResolver.QualifiedPost] {
        let t = text.tokens
        let entityAt = EntityIndex(entities, tokens: t)
        var out: [PeopleResolver.QualifiedPost] = []
        var i = 0
        while i < t.count {
            guard t[i].isCapitalized || t[i].isAllCaps, initials.contains(t[i].folded) || entityAt[i]?.kind == .demonym else {
                i += 1; continue
            }
            var demonym: String?
            var k = i
            if let e = entityAt[i], e.kind == .demonym { demonym = e.ref; k = e.tokens.upperBound }
            guard let post = gazetteer.posts.longestMatch(in: text, at: k) else { i += 1; continue }
            var after = post.tokens.upperBound
            if after < t.count, t[after].folded == "of" {
                after += 1
                if after < t.count, t[after].folded == "the" { after += 1 }
                if let e = entityAt[after], e.kind == .country, let code = e.ref { out.append(.init(role: post.payload, country: code)) }
            } else if let demonym {
                out.append(.init(role: post.payload, country: demonym))
            }
            i = max(i + 1, post.tokens.upperBound)
        }
        return out
    }

    // MARK: Named people

    private func honorific(at i: Int, _ text: TokenizedText, _ end: Int) -> (String, Int)? {
        let t = text.tokens
        guard i < end, t[i].kind == .word, t[i].isCapitalized, let candidates = honorificIndex[t[i].folded] else { return nil }
        for c in candidates {
            var k = i + 1
            var ok = true
            for w in c.words.dropFirst() {
                while k < end, text.isSoftPunctuation(at: k) { k += 1 }
                guard k < end, t[k].kind == .word, t[k].folded == w, t[k].isCapitalized else { ok = false; break }
                k += 1
            }
            guard ok else { continue }
            // "HE", "HM": only in capitals, so the pronoun "He" never reads as an honorific.
            if c.words.count == 1, ["he", "hh", "hm", "hrh"].contains(c.words[0]), !t[i].isAllCaps { continue }
            if k < end, t[k].folded == "." { k += 1 }
            return (c.form, k)
        }
        return nil
    }

    /// A personal name at `k`: capitalised words, initials, particles and hyphenated parts.
    private func name(at k0: Int, _ text: TokenizedText, _ end: Int, _ entityAt: EntityIndex) -> Range<Int>? {
        let t = text.tokens
        var k = k0
        var last = -1
        var words = 0
        while k < end {
            let tok = t[k]
            if tok.kind == .word, tok.isCapitalized || tok.isAllCaps {
                let initial = tok.end - tok.start == 1 && k + 1 < end && t[k + 1].folded == "."
                if !initial, Self.notNames.contains(tok.folded) && words == 0 { return nil }
                if !initial, Self.notNames.contains(tok.folded) { break }
                if words > 0, !tok.spaceBefore, k > 0, t[k - 1].folded != "-", t[k - 1].folded != "'" { break }
                if words == 0, let e = entityAt[k], e.kind != .demonym { return nil }
                words += 1
                last = k
                k += 1
                // An initial: "A." inside a name.
                if tok.end - tok.start == 1, k < end, t[k].folded == ".", k + 1 < end, t[k + 1].isCapitalized { last = k; k += 1 }
                continue
            }
            if tok.kind == .word, Self.particles.contains(tok.folded), words > 0 || tok.folded == "al" || tok.folded == "el",
                k + 1 < end,
                t[k + 1].isCapitalized || (t[k + 1].folded == "-" && k + 2 < end && t[k + 2].isCapitalized)
                    || (Self.particles.contains(t[k + 1].folded) && k + 2 < end && t[k + 2].isCapitalized)
            {
                k += 1
                continue
            }
            if tok.kind == .punctuation, tok.folded == "-" || tok.folded == "'", !tok.spaceBefore, words > 0,
                k + 1 < end, t[k + 1].isCapitalized, !t[k + 1].spaceBefore
            {
                k += 1
                continue
            }
            // "Moon Jae-in": a hyphenated given name's second part in lower case.
            if tok.kind == .punctuation, tok.folded == "-", !tok.spaceBefore, words > 0, k + 1 < end, t[k + 1].kind == .word,
                !t[k + 1].spaceBefore, t[k + 1].end - t[k + 1].start <= 4, t[k + 1].folded != "led", t[k + 1].folded != "based"
            {
                words += 1
                last = k + 1
                k += 2
                continue
            }
            break
        }
        guard last >= k0, words >= 1, words <= 7 else { return nil }
        return k0..<(last + 1)
    }

    /// Normal case for UN-style capitals ("NEBENZIA" → "Nebenzia").
    private func displayName(_ range: Range<Int>, _ text: TokenizedText) -> String {
        let raw = text.text(range)
        guard range.contains(where: { text.tokens[$0].isAllCaps && text.tokens[$0].end - text.tokens[$0].start > 2 }) else { return raw }
        var out = ""
        var atWordStart = true
        for ch in raw {
            if ch.isLetter {
                out += atWordStart ? String(ch).uppercased() : String(ch).lowercased()
                atWordStart = false
            } else {
                out.append(ch)
                atWordStart = ch == " " || ch == "-" || ch == "'"
            }
        }
        return out
    }

    private func named(
        at i: Int, _ text: TokenizedText, _ end: Int, _ entityAt: EntityIndex,
        _ sentence: Range<Int>
    ) -> (PersonMention, Int)? {
        let t = text.tokens
        // Cheap exit for most capitalised words: no capitalised word follows, and no honorific or post starts here.
        if !(i + 1 < end && (t[i + 1].isCapitalized || t[i + 1].folded == "." || t[i + 1].folded == "-")),
            !initials.contains(t[i].folded)
        {
            return nil
        }
        var honorifics: [String] = []
        var k = i
        while let (form, next) = honorific(at: k, text, end) {
            // "General Assembly" is an organ, not an honorific and a name.
            if let e = entityAt[k], e.kind == .organization { break }
            honorifics.append(form)
            k = next
        }
        var role: String?
        var of: String?
        var rule = "person.honorific"
        var otherRoles: [String] = []
        // "Estonian President Alar Karis": the state by its adjective, then a post and a name.
        if k == i, let e = entityAt[k], e.kind == .demonym, e.tokens.upperBound < end,
            gazetteer.posts.longestMatch(in: text, at: e.tokens.upperBound, limit: end) != nil
        {
            of = e.ref
            k = e.tokens.upperBound
        }
        // Role first: "Foreign Minister Mammadyarov", "H.E. President Erdoğan", "Foreign Minister of Azerbaijan Elmar Mammadyarov".
        var nameStart = -1
        if let post = gazetteer.posts.longestMatch(in: text, at: k, limit: end), t[k].isCapitalized {
            nameStart = post.tokens.upperBound
            // "Foreign Minister of Azerbaijan Elmar Mammadyarov", "Secretary General of CARICOM Dr. Carla Barnett".
            if nameStart + 1 < end, t[nameStart].folded == "of", let e = entityAt[nameStart + 1],
                e.kind == .country || e.kind == .organization,
                e.tokens.upperBound < end, t[e.tokens.upperBound].isCapitalized
            {
                of = e.ref
                nameStart = e.tokens.upperBound
            }
            // "Prime Minister Dr. Keith Mitchell": honorifics between the post and the name.
            while let (form, next) = honorific(at: nameStart, text, end), next < end, t[next].isCapitalized {
                if !honorifics.contains(form) { honorifics.append(form) }
                nameStart = next
            }
        }
        if nameStart >= 0, let post = gazetteer.posts.longestMatch(in: text, at: k, limit: end),
            nameStart < end, t[nameStart].isCapitalized,
            let n = name(at: nameStart, text, end, entityAt)
        {
            role = printedForm(of: post.payload, at: post.tokens, text)
            if k >= 3, t[k - 1].folded == "s", t[k - 2].folded == "'", let e = entityAt[k - 3] ?? entityAt[k - 4],
                e.tokens.upperBound == k - 2,
                e.kind == .country || e.kind == .organization
            {
                of = e.ref
            }
            var after = suffixEnd(n.upperBound, text, end)
            if after + 1 < end, t[after].folded == "of",
                let e = entityAt[after + 1] ?? (t[after + 1].folded == "the" && after + 2 < end ? entityAt[after + 2] : nil),
                e.kind == .country || e.kind == .organization
            {
                of = e.ref
                after = e.tokens.upperBound
            }
            // "President Alberto Fernandez, Argentine Republic": a list item closed by the state or organisation.
            if of == nil, after + 1 < end, t[after].folded == ",",
                let e = entityAt[after + 1] ?? (t[after + 1].folded == "the" && after + 2 < end ? entityAt[after + 2] : nil),
                e.kind == .country || e.kind == .organization,
                e.tokens.upperBound >= end || [".", ";"].contains(t[e.tokens.upperBound].folded)
            {
                of = e.ref
                after = e.tokens.upperBound
            }
            // "Minister Rau, Chairman-in-Office and Minister of Foreign Affairs of Poland": more posts after the name.
            var more: [String] = []
            if after + 1 < end, t[after].folded == ",", !startsNamedPerson(at: after + 1, text, end, entityAt),
                let (r, o, phraseEnd, others) = appositive(at: after + 1, text, end, entityAt)
            {
                more = [r] + others
                if of == nil { of = o }
                after = phraseEnd
            }
            let printedName = displayName(n.lowerBound..<max(n.upperBound, min(after, suffixEnd(n.upperBound, text, end))), text)
            var m = PersonMention(
                kind: .named, name: printedName, honorifics: honorifics, role: role, of: of,
                isDelegation: false, isGroup: false, start: t[i].start, end: t[after - 1].end, firstToken: i,
                attribution: text.text(i..<after), rule: "person.role-first")
            m.otherRoles = more
            return (m, after)
        }
        let hasHonorific = !honorifics.isEmpty
        guard let n = name(at: k, text, end, entityAt) else { return nil }
        // "General Debate", "Judge Report": a rank read as a word needs a full name after it.
        if hasHonorific, honorifics.allSatisfy({ !Self.personalHonorifics.contains($0) }),
            n.filter({ t[$0].kind == .word && t[$0].end - t[$0].start > 1 }).count < 2
        {
            return nil
        }
        // UN coverage style: "VASSILY NEBENZIA (Russian Federation) said …".
        if n.upperBound + 2 < end, t[n.upperBound].folded == "(", let e = entityAt[n.upperBound + 1],
            e.kind == .country || e.kind == .organization,
            e.tokens.upperBound < end, t[e.tokens.upperBound].folded == ")", n.count >= 2 || hasHonorific
        {
            let after = e.tokens.upperBound + 1
            let m = PersonMention(
                kind: .named, name: displayName(n, text), honorifics: honorifics, role: "Representative", of: e.ref,
                isDelegation: false, isGroup: false, start: t[i].start, end: t[after - 1].end, firstToken: i,
                attribution: text.text(i..<after), rule: "person.name-country")
            return (m, after)
        }
        // "by Presidents Klaus Iohannis of Romania and Andrzej Duda of Poland": names under a plural post.
        if !hasHonorific, n.count >= 2, n.upperBound + 1 < end, t[n.upperBound].folded == "of",
            let e = entityAt[n.upperBound + 1] ?? (t[n.upperBound + 1].folded == "the" ? entityAt[n.upperBound + 2] : nil),
            e.kind == .country,
            let role = pluralPostBefore(i, text, sentence)
        {
            let after = e.tokens.upperBound
            let m = PersonMention(
                kind: .named, name: displayName(n, text), honorifics: [], role: role, of: e.ref,
                isDelegation: false, isGroup: false, start: t[i].start, end: t[after - 1].end, firstToken: i,
                attribution: text.text(i..<after), rule: "person.plural-post-named")
            return (m, after)
        }
        if !hasHonorific {
            // Without an honorific, a name needs two words and a post right after it.
            let nameWords = n.filter { t[$0].kind == .word && t[$0].isCapitalized }.count
            guard nameWords >= 2 else { return nil }
            // "… met with Joe Biden, President of the United States": after "with" or "and" too, the post confirms the name.
            let atStart = i == sentence.lowerBound || (i > 0 && ["by", ",", "with", "and"].contains(t[i - 1].folded))
            guard atStart else { return nil }
            rule = "person.appositive"
        }
        var after = n.upperBound
        // "Ambassador Zhang Jun of China".
        if hasHonorific, after + 1 < end, t[after].folded == "of", let e = entityAt[after + 1], e.kind == .country {
            of = e.ref
            after = e.tokens.upperBound
        }
        // Post before the name: "The Minister of Foreign Affairs of Kuwait, Sheikh Dr. Ahmad …, said".
        var postFirst = false
        if i >= 2, t[i - 1].folded == ",", let (r, o) = postBefore(comma: i - 1, text, entityAt, sentence) {
            role = r
            of = o
            postFirst = true
        }
        // Appositive: ", [the] [OIC] Secretary General [of …]".
        if after + 1 < end, t[after].folded == "," {
            // "the Minister … of Australia, Julie Bishop, the Foreign Minister of Japan, Fumio Kishida": after a post
            // written before the name, the next post and name are the next person's.
            if postFirst, nextPersonByPost(after: after + 1, text, end, entityAt) {
                // keep the post before the name
            } else if let (r, o, phraseEnd, more) = appositive(at: after + 1, text, end, entityAt) {
                role = r
                of = o ?? of
                after = phraseEnd
                otherRoles = more
            } else if !hasHonorific && !postFirst {
                return nil
            }
        } else if !hasHonorific && !postFirst {
            return nil
        }
        var m = PersonMention(
            kind: .named, name: displayName(n, text), honorifics: honorifics, role: role, of: of,
            isDelegation: false, isGroup: false, start: t[i].start, end: t[max(after, n.upperBound) - 1].end,
            firstToken: i, attribution: text.text(i..<max(after, n.upperBound)), rule: rule)
        m.otherRoles = otherRoles
        return (m, max(after, n.upperBound))
    }

    /// ", Cooperation," or ", African Integration and Nigeriens Abroad,": one word, or words joined by "and", up to
    /// the next comma — not a name such as ", Kalla Ankourao,".
    private func portfolioItem(after comma: Int, _ text: TokenizedText, _ end: Int) -> Bool {
        let t = text.tokens
        var k = comma + 1
        var words = 0
        var sawAnd = false
        while k < end, t[k].folded != "," {
            if t[k].folded == "and" { sawAnd = true } else if t[k].isWord { words += 1 }
            if t[k].kind == .word, !t[k].isCapitalized, t[k].folded != "and", t[k].folded != "of" { return false }
            k += 1
        }
        return k < end && (words == 1 || sawAnd)
    }

    /// The post as the text hyphenates it: "Secretary-General" and "Secretary General" match alike.
    private func printedForm(of role: String, at tokens: Range<Int>, _ text: TokenizedText) -> String {
        let printed = text.text(tokens)
        guard printed != role, printed.count == role.count,
            printed.replacingOccurrences(of: "-", with: " ") == role.replacingOccurrences(of: "-", with: " ")
        else { return role }
        return printed
    }

    /// "the Minister of Foreign Affairs of Kuwait," right before a name.
    private func postBefore(comma: Int, _ text: TokenizedText, _ entityAt: EntityIndex, _ sentence: Range<Int>) -> (String, String?)? {
        let t = text.tokens
        var j = max(sentence.lowerBound, comma - 16)
        while j < comma - 1 {
            defer { j += 1 }
            guard t[j].folded == "the", let post = gazetteer.posts.longestMatch(in: text, at: j + 1, limit: comma) else { continue }
            var k = post.tokens.upperBound
            var of: String?
            if k + 1 < comma, t[k].folded == "of", let e = entityAt[k + 1], e.kind == .country || e.kind == .organization {
                of = e.ref
                k = e.tokens.upperBound
            }
            if k == comma { return (printedForm(of: post.payload, at: post.tokens, text), of) }
            // "the Minister for Immigration and Citizenship, Chris Bowen": a portfolio the gazetteer does not list.
            if of == nil, k < comma, t[k].folded == "for" || t[k].folded == "of" {
                var e = k + 1
                while e < comma, t[e].isCapitalized || ["and", "the", "of", "for", "&"].contains(t[e].folded), entityAt[e]?.kind != .country
                { e += 1 }
                if e == comma, e > k + 1, t[e - 1].isCapitalized { return (text.text(post.tokens.lowerBound..<e), nil) }
            }
        }
        return nil
    }

    /// The post after a name's comma, and the state or organisation it serves.
    private func appositive(at k0: Int, _ text: TokenizedText, _ end: Int, _ entityAt: EntityIndex) -> (String, String?, Int, [String])? {
        let t = text.tokens
        var k = k0
        if k < end, t[k].folded == "the" { k += 1 }
        var of: String?
        var post: PhraseMatcher<String>.Match?
        for _ in 0..<3 {
            guard k < end else { break }
            if let p = gazetteer.posts.longestMatch(in: text, at: k, limit: end) { post = p; break }
            if let e = entityAt[k], e.kind == .organization || e.kind == .country { of = e.ref; k = e.tokens.upperBound; continue }
            if t[k].isCapitalized { k += 1; continue }
            break
        }
        guard let p = post else { return nil }
        // "President of the Republic of Senegal": the post's own words may hold the state's name.
        if of == nil, let e = p.tokens.lazy.compactMap({ entityAt.covering($0) }).first(where: { $0.kind == .country }) {
            of = e.ref
        }
        // A secretariat's post serves the organisation, even "… for Afghanistan".
        let servesOrganisation = Extractor.organizationPosts.contains { PeopleResolver.normalizedRole(p.payload).contains($0) }
        var phraseEnd = p.tokens.upperBound
        var j = p.tokens.upperBound
        var more: [String] = []
        var inSecondPost = false
        var demonymOf: String?
        while j < end {
            let f = t[j].folded
            // "Minister of Foreign Affairs, Cooperation, African Integration and Nigeriens Abroad": a list of portfolios
            // goes on after a comma with capitalised words that start no one's name.
            if f == ",", j + 1 < end, j - p.tokens.lowerBound < 16, t[j + 1].isCapitalized, entityAt[j + 1] == nil,
                honorificIndex[t[j + 1].folded] == nil, portfolioItem(after: j, text, end)
            {
                j += 1
                continue
            }
            if f == "," || f == ";" || f == "." || f == "who" || f == "which" { break }
            // "… to the OSCE and Chairperson of the Permanent Council": a second post.
            if f == "and", j + 1 < end, let second = gazetteer.posts.longestMatch(in: text, at: j + 1, limit: end), t[j + 1].isCapitalized {
                more.append(second.payload)
                inSecondPost = true
                j = second.tokens.upperBound
                phraseEnd = j
                continue
            }
            // "… and Head of UNOWAS": a second title, even one the gazetteer does not list.
            if f == "and", j + 1 < end, t[j + 1].isCapitalized, entityAt[j + 1] == nil { inSecondPost = true }
            // A secretariat official's organisation is named with the first post, not with a second one ("… and Head of UNOWAS").
            if of == nil, !(servesOrganisation && inSecondPost), let e = entityAt[j],
                e.kind == .organization || (e.kind == .country && !servesOrganisation)
            {
                of = e.ref
            }
            if let e = entityAt[j], e.kind == .demonym, !servesOrganisation, demonymOf == nil { demonymOf = e.ref }
            if let e = entityAt[j] { j = max(j + 1, e.tokens.upperBound); phraseEnd = j; continue }
            j += 1
            phraseEnd = j
        }
        // ", in his capacity as Chair of the Coordinating Bureau": a further post.
        if phraseEnd + 5 < end, t[phraseEnd].folded == ",", t[phraseEnd + 1].folded == "in", t[phraseEnd + 3].folded == "capacity",
            t[phraseEnd + 4].folded == "as", let post = gazetteer.posts.longestMatch(in: text, at: phraseEnd + 5, limit: end)
        {
            more.append(post.payload)
        }
        // "Minister of Foreign Affairs, Cooperation, African Integration and Nigeriens Abroad": the state by its people.
        if of == nil { of = demonymOf }
        var role = printedForm(of: p.payload, at: p.tokens, text)
        // An ambassador chairing the body is reported by the chair: "Permanent Representative of Chad … and Chairperson of the PSC".
        if role == "Permanent Representative", let chair = more.first(where: { $0.hasPrefix("Chair") }) {
            more.removeAll { $0 == chair }
            more.insert(role, at: 0)
            role = chair
        }
        return (role, of, phraseEnd, more)
    }

    private func excluded(_ m: PersonMention, _ text: TokenizedText, _ sentence: Range<Int>) -> Bool {
        let t = text.tokens
        let i = m.firstToken
        func word(_ k: Int) -> String { k >= sentence.lowerBound && k < t.count ? t[k].folded : "" }
        // "thanked H.E. X for …", "paid tribute to Y": the person is the object of someone else's act.
        if Self.objectVerbs.contains(word(i - 1)) || (word(i - 1) == "to" && ["tribute", "condolences", "gratitude"].contains(word(i - 2)))
        {
            return true
        }
        // "said that President Duda had asked him …": named inside someone else's reported words.
        if word(i - 1) == "that", m.rule == "person.role-first" { return true }
        if word(i - 1) == "late" || word(i - 2) == "late"
            || (word(i - 1) == "of" && ["behalf", "name", "absence", "memory"].contains(word(i - 2)))
        {
            return true
        }
        if word(i - 1) == "the", word(i - 2) == "of", ["behalf", "name", "absence"].contains(word(i - 3)) { return true }
        // "on behalf of the Custodian of the Two Holy Mosques, King Salman …, by H.H. Prince …".
        var b = i - 1
        while b > sentence.lowerBound, b > i - 14 {
            if t[b].folded == "by" || t[b].folded == ";" { break }
            if t[b].folded == "of", ["behalf", "name", "absence"].contains(word(b - 1)) { return true }
            b -= 1
        }
        // "the late Amir of Kuwait, Sheikh …".
        if (max(sentence.lowerBound, i - 6)..<i).contains(where: { t[$0].folded == "late" }),
            !(max(sentence.lowerBound, i - 6)..<i).contains(where: { t[$0].folded == "by" })
        {
            return true
        }
        // "…, who could not attend," / "who was unable to attend"; "H.M. King … was represented by …".
        var k = i
        while k < sentence.upperBound, k < i + 40 {
            // The clause about this person ends at a semicolon or where the next titled person starts.
            if t[k].folded == ";" || (k > i + 2 && t[k].isCapitalized && honorificIndex[t[k].folded] != nil && t[k - 1].folded != ".") {
                break
            }
            if t[k].folded == "could", word(k + 1) == "not" { return true }
            if t[k].folded == "unable" || t[k].folded == "absent" { return true }
            if t[k].folded == "represented", word(k + 1) == "by", k > i, word(k - 1) == "was" || word(k - 1) == "were" { return true }
            if k > i, t[k].folded == "by", word(k - 1) == "chaired" || word(k - 1) == "opened" { break }
            if t[k].folded == "did" || t[k].folded == "was", word(k + 1) == "not",
                ["attend", "present", "participate"].contains(word(k + 2))
            {
                return true
            }
            k += 1
        }
        return false
    }

    // MARK: Unnamed representatives

    private func unnamed(
        at i: Int, _ text: TokenizedText, _ end: Int, _ entityAt: EntityIndex,
        _ sentence: Range<Int>
    ) -> ([PersonMention], Int)? {
        let t = text.tokens
        let f = t[i].folded
        // "the representative(s) of A, B and C", "The delegation of X".
        if let b = f.utf8.first, b == 0x72 || b == 0x64 || b == 0x6F, i + 1 < end, t[i + 1].folded == "of",
            Self.representativeWords.contains(f)
        {
            let isDelegation = f == "delegation" || f == "delegations"
            // "Delegations of A and B also took the floor" speak; "Delegations of A and B took part" only attend.
            if f == "delegations", !sentence.contains(where: { Self.speechWords.contains(t[$0].folded) }) { return nil }
            if f == "delegation" {
                guard i > sentence.lowerBound, t[i - 1].folded == "the", i - 1 == sentence.lowerBound else { return nil }
            }
            // "Participating were the Permanent Representatives of …": a list of who attended, not of who spoke.
            if f.hasSuffix("s"), AttendanceFinder.triggerEnd(text, sentence) != nil,
                !sentence.contains(where: { Self.speechWords.contains(t[$0].folded) })
            {
                return nil
            }
            let (list, next) = entityList(from: i + 2, text, end, entityAt)
            guard !list.isEmpty else { return nil }
            let start = i > sentence.lowerBound && t[i - 1].folded == "the" ? i - 1 : i
            let ms = list.map { e in
                PersonMention(
                    kind: .unnamed, name: nil, honorifics: [],
                    role: isDelegation ? "Head of Delegation" : f.hasPrefix("observer") ? "Observer" : "Representative",
                    of: e.ref, isDelegation: isDelegation, isGroup: list.count > 1, start: t[start].start, end: e.end,
                    firstToken: start, attribution: text.slice(t[start].start, e.end), rule: "person.unnamed")
            }
            return (ms, next)
        }
        // "China's delegate", "Ireland's representative", "Turkey's delegation".
        if let e = entityAt[i], e.kind == .country || e.kind == .organization {
            let j = e.tokens.upperBound
            if j + 2 < end, t[j].folded == "'", t[j + 1].folded == "s",
                ["representative", "delegate", "delegation"].contains(t[j + 2].folded)
            {
                let isDelegation = t[j + 2].folded == "delegation"
                let m = PersonMention(
                    kind: .unnamed, name: nil, honorifics: [], role: isDelegation ? "Head of Delegation" : "Representative",
                    of: e.ref, isDelegation: isDelegation, isGroup: false, start: e.start, end: t[j + 2].end,
                    firstToken: i, attribution: text.slice(e.start, t[j + 2].end), rule: "person.possessive")
                return ([m], j + 3)
            }
        }
        // "Statements were also delivered by Switzerland, Norway and Kazakhstan."
        if f.utf8.count == 9 || f.utf8.count == 10, f == "statements" || f == "statement" {
            var k = i + 1
            var steps = 0
            while k < end, steps < 4, ["were", "was", "also", "delivered", "made", "given"].contains(t[k].folded) { k += 1; steps += 1 }
            guard k < end, t[k].folded == "by", let e = entityAt[k + 1] ?? entityAt[k + 2], e.kind == .country || e.kind == .organization
            else { return nil }
            let (list, next) = entityList(from: k + 1, text, end, entityAt)
            guard !list.isEmpty else { return nil }
            let ms = list.map { e in
                PersonMention(
                    kind: .unnamed, name: nil, honorifics: [], role: "Representative", of: e.ref, isDelegation: false,
                    isGroup: list.count > 1, start: e.start, end: e.end, firstToken: e.tokens.lowerBound,
                    attribution: text.slice(t[i].start, e.end), rule: "person.statements-by")
            }
            return (ms, next)
        }
        return nil
    }

    /// Just past a name's generational suffix (", Jr.", " Sr", ", III"), or `k` when there is none.
    private func suffixEnd(_ k: Int, _ text: TokenizedText, _ end: Int) -> Int {
        let t = text.tokens
        var j = k
        if j < end, t[j].folded == "," { j += 1 }
        guard j < end, Self.nameSuffixes.contains(t[j].folded), t[j].isCapitalized else { return k }
        j += 1
        if j < end, t[j].folded == ".", !t[j].spaceBefore { j += 1 }
        return j
    }

    /// First words of the plural posts, and their first letters: one byte test rules out most words.
    static let pluralFirstWords: Set<String> = Set(pluralPosts.map { $0.words[0] })
    static let pluralInitials = ByteSet(pluralPosts.map { $0.words[0].utf8.first! })

    static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Plural posts that introduce one unnamed participant per state: "the Presidents of Kazakhstan, …",
    /// "representatives from Australia, …", "Ministers of Defence, or their representatives, of Belgium, …".
    static let pluralPosts: [(words: [String], role: String)] = [
        (["prime", "ministers"], "Prime Minister"), (["foreign", "ministers"], "Foreign Minister"),
        (["defence", "ministers"], "Defence Minister"), (["defense", "ministers"], "Defense Minister"),
        (["heads", "of", "state", "and", "government"], "Head of State or Government"), (["heads", "of", "state"], "Head of State"),
        (["heads", "of", "government"], "Head of Government"), (["presidents"], "President"), (["ministers"], "Minister"),
        (["leaders"], "Leader"), (["ambassadors"], "Ambassador"), (["officials"], "Official"),
        (["representatives"], "Representative"),
    ]

    private func pluralPost(at i: Int, _ text: TokenizedText, _ end: Int, _ entityAt: EntityIndex) -> ([PersonMention], Int)? {
        let t = text.tokens
        guard
            let post = Self.pluralPosts.first(where: { p in
                i + p.words.count <= end && p.words.indices.allSatisfy { t[i + $0].folded == p.words[$0] }
            })
        else { return nil }
        var k = i + post.words.count
        // "Presidents Klaus Iohannis of Romania and …": names follow, each a person of their own.
        if k < end, t[k].isCapitalized, entityAt[k] == nil { return nil }
        // "Ministers of Defence, or their representatives, of …", "ministers and senior officials from …".
        var steps = 0
        while k < end, steps < 8 {
            if t[k].folded == "of" || t[k].folded == "from" {
                if let e = entityAt[k + 1] ?? (k + 2 < end && t[k + 1].folded == "the" ? entityAt[k + 2] : nil), e.kind == .country {
                    break
                }
            }
            guard
                ["of", "or", "and", "their", "representatives", "senior", "officials", ",", "from"].contains(t[k].folded)
                    || (t[k].isCapitalized && entityAt[k] == nil)
            else { return nil }
            k += 1
            steps += 1
        }
        guard k + 1 < end, t[k].folded == "of" || t[k].folded == "from" else { return nil }
        // "the representatives of A and B": the older rule, which tells who spoke from who only attended.
        if post.role == "Representative", k == i + 1, t[k].folded == "of" { return nil }
        let (list, next) = entityList(from: k + 1, text, end, entityAt)
        let states = list.filter { $0.kind == .country }
        guard !states.isEmpty else { return nil }
        // "leaders of ASEAN member states": a collective the text does not name.
        if next < end, t[next].folded == "member" { return nil }
        let start = i > 0 && t[i - 1].folded == "the" ? i - 1 : i
        let ms = states.map { e in
            PersonMention(
                kind: .unnamed, name: nil, honorifics: [], role: post.role, of: e.ref, isDelegation: false,
                isGroup: true, start: t[start].start, end: e.end, firstToken: start,
                attribution: text.slice(t[start].start, e.end), rule: "person.plural-post")
        }
        return (ms, next)
    }

    /// A post followed by a name starts the next person of a list ("…, Chancellor Olaf Scholz of Germany"),
    /// not a further post of the one before.
    private func startsNamedPerson(at k0: Int, _ text: TokenizedText, _ end: Int, _ entityAt: EntityIndex) -> Bool {
        let t = text.tokens
        var k = k0
        if k < end, t[k].folded == "and" { k += 1 }
        if let e = entityAt[k], e.kind == .demonym { k = e.tokens.upperBound }
        guard let post = gazetteer.posts.longestMatch(in: text, at: k, limit: end) else { return false }
        var n = post.tokens.upperBound
        while let (_, next) = honorific(at: n, text, end) { n = next }
        return n < end && t[n].isCapitalized && entityAt[n] == nil && !Self.notNames.contains(t[n].folded)
    }

    /// ", the Foreign Minister of Japan, Fumio Kishida": a post whose phrase ends in a comma and a name.
    private func nextPersonByPost(after k0: Int, _ text: TokenizedText, _ end: Int, _ entityAt: EntityIndex) -> Bool {
        let t = text.tokens
        var k = k0
        if k < end, t[k].folded == "and" { k += 1 }
        if k < end, t[k].folded == "the" { k += 1 }
        guard gazetteer.posts.longestMatch(in: text, at: k, limit: end) != nil else { return false }
        var j = k
        while j < end, t[j].folded != ",", j - k < 16 { j += 1 }
        guard j + 1 < end, t[j].folded == ",", t[j + 1].isCapitalized, entityAt[j + 1] == nil,
            honorificIndex[t[j + 1].folded] == nil || true
        else { return false }
        return name(at: j + 1, text, end, entityAt) != nil
    }

    /// The singular post of a plural post shortly before `i` in its sentence, the names between
    /// joined by "of <state>", "," and "and" ("Presidents X of A and Y of B").
    private func pluralPostBefore(_ i: Int, _ text: TokenizedText, _ sentence: Range<Int>) -> String? {
        let t = text.tokens
        var k = i - 1
        while k >= max(sentence.lowerBound, i - 14) {
            if let p = Self.pluralPosts.first(where: { p in
                k - p.words.count + 1 >= 0 && p.words.indices.allSatisfy { t[k - p.words.count + 1 + $0].folded == p.words[$0] }
            }) {
                return p.role
            }
            guard t[k].isCapitalized || [",", "and", "of", "the", "-"].contains(t[k].folded) else { return nil }
            k -= 1
        }
        return nil
    }

    /// "A, B and C", "X, as well as by Y and Z": states and organisations joined by separators.
    private func entityList(from k0: Int, _ text: TokenizedText, _ end: Int, _ entityAt: EntityIndex) -> ([EntityMention], Int) {
        let t = text.tokens
        var k = k0
        var list: [EntityMention] = []
        while k < end {
            if t[k].folded == "the", let e = entityAt[k + 1] ?? entityAt[k], e.kind == .country || e.kind == .organization {
                list.append(e)
                k = e.tokens.upperBound
            } else if let e = entityAt[k], e.kind == .country || e.kind == .organization {
                list.append(e)
                k = e.tokens.upperBound
            } else {
                break
            }
            // "the People's Republic of China (PRC)": the acronym in brackets belongs to the name.
            if k + 2 < end, t[k].folded == "(", t[k + 2].folded == ")", t[k + 1].isAllCaps || entityAt[k + 1] != nil { k += 3 }
            // "the ECOWAS Commission": an organ word after the name.
            var organWords = 0
            while k < end, organWords < 2, t[k].isCapitalized, entityAt[k] == nil, !["and", "as"].contains(t[k].folded) {
                k += 1; organWords += 1
            }
            var s = k
            var separated = false
            while s < end {
                let f = t[s].folded
                if f == "," || f == "and" || f == "by" { s += 1; separated = true; continue }
                if f == "as", s + 2 < end, t[s + 1].folded == "well", t[s + 2].folded == "as" { s += 3; separated = true; continue }
                break
            }
            guard separated, s < end, entityAt[s] != nil || (t[s].folded == "the" && entityAt[s + 1] != nil) else { break }
            k = s
        }
        return (list, k)
    }

    // MARK: Role anaphora

    /// "The Minister also …", "Opening the meeting, the Chairperson …", "the briefing by the Commissioner".
    private func roleAnaphor(
        at i: Int, _ text: TokenizedText, _ end: Int, _ entityAt: EntityIndex,
        _ sentence: Range<Int>
    ) -> (PersonMention, Int)? {
        let t = text.tokens
        guard i + 1 < end, t[i + 1].isCapitalized, let post = gazetteer.posts.longestMatch(in: text, at: i + 1, limit: end) else {
            return nil
        }
        var after = post.tokens.upperBound
        if after < end, t[after].isCapitalized, !(entityAt[after] != nil) { return nil }  // a name follows: not an anaphor
        var of: String?
        if after + 1 < end, t[after].folded == "of", let e = entityAt[after + 1], e.kind == .country {
            of = e.ref
            after = e.tokens.upperBound
        }
        let atStart = i == sentence.lowerBound
        let afterClause =
            i > sentence.lowerBound && t[i - 1].folded == ","
            && (t[sentence.lowerBound].folded.hasSuffix("ing")
                || ["in", "at", "after", "during", "on", "before"].contains(t[sentence.lowerBound].folded))
        // "the briefing by the Commissioner", "Statements were also made by the Chairperson …".
        let afterBy =
            i >= 2 && t[i - 1].folded == "by"
            && (max(sentence.lowerBound, i - 5)..<(i - 1)).contains { Self.statementNouns.contains(t[$0].folded) }
        // "“We call on …,” the Minister said."
        let afterQuote =
            i >= 2 && t[i - 1].folded == "," && t[i - 2].folded == "\"" || i >= 2 && t[i - 1].folded == "\"" && t[i - 2].folded == ","
        guard atStart || afterClause || afterBy || afterQuote else { return nil }
        // "The Prime Minister and President Biden met …", "The Prime Minister and the Vice President welcomed …".
        let joined = atStart && after + 1 < end && t[after].folded == "and" && (t[after + 1].isCapitalized || t[after + 1].folded == "the")
        if !afterBy && !joined {
            guard after < end, t[after].kind == .word, !Self.nonVerbsAfterRole.contains(t[after].folded), !t[after].isCapitalized else {
                return nil
            }
        }
        let m = PersonMention(
            kind: .roleAnaphor, name: nil, honorifics: [], role: post.payload, of: of, isDelegation: false,
            isGroup: false, start: t[i].start, end: t[after - 1].end, firstToken: i,
            attribution: text.text(i..<after), rule: "anaphora.role")
        return (m, after)
    }
}
