import PlenaryModel

/// Turns the person mentions of a meeting's blocks into people and the blocks that report them:
/// names are merged ("Mr. Çavuşoğlu", "Minister Mammadyarov", "Prince Faisal bin Farhan" join the
/// full name met before), a known person's surname alone counts, pronouns go to the person last
/// reported and role anaphora to the last reported person holding that post.
struct PeopleResolver {
    struct Resolved {
        var name: String?
        var words: [String]
        var honorifics: [String]
        var role: String?
        var of: String?
        var otherRoles: [String] = []
        var blocks: [Int] = []
        var attributions: [Int: String] = [:]
        var group: Set<Int> = []
        var lastReference = 0
    }

    var people: [Resolved] = []
    private var current: Int?
    private var currentSentence = (0, -1)
    private var clock = 0
    /// Mentions that produced references, for paragraph mentions: (block, person index, start, end, rule).
    var spans: [(block: Int, person: Int, start: Int, end: Int, rule: String)] = []
    /// Role anaphora with no holder named before them ("The Prime Minister met …"), settled once the
    /// publisher is known (`completeAffiliations`).
    var unresolvedRoles: [(mention: PersonMention, block: Int)] = []

    static func words(_ name: String) -> [String] {
        PhraseMatcher<Int>.words(of: name).filter { !PersonFinder.particles.contains($0) && !PersonFinder.nameSuffixes.contains($0) }
    }

    static func normalizedRole(_ role: String) -> String {
        Folding.fold(role).replacingOccurrences(of: "-", with: " ")
    }

    mutating func add(_ mentions: [PersonMention], block: Int, text: TokenizedText, sentences: [Range<Int>] = []) {
        // A known person's surname alone ("Çavuşoğlu said") also reports them.
        var all = mentions
        let named = people.indices.filter { people[$0].name != nil }
        if !named.isEmpty {
            var surnames: [String: Int] = [:]
            for p in named { if let last = people[p].words.last, last.count >= 4 { surnames[last] = p } }
            let covered = mentions.map { ($0.start, $0.end) }
            let tokens = text.tokens
            for i in tokens.indices where tokens[i].isCapitalized && tokens[i].kind == .word {
                guard let p = surnames[tokens[i].folded] else { continue }
                let tok = tokens[i]
                if covered.contains(where: { $0.0 <= tok.start && tok.end <= $0.1 }) { continue }
                // Part of another name: "Al-Sabah" in "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman" in "Salman bin Hamad".
                if i > 0, tokens[i - 1].isCapitalized || ["-", "al", "el", "bin", "ibn", "bint", "ould"].contains(tokens[i - 1].folded) {
                    continue
                }
                if i + 1 < tokens.count, tokens[i + 1].isCapitalized || ["-", "bin", "ibn", "bint"].contains(tokens[i + 1].folded) {
                    continue
                }
                var m = PersonMention(
                    kind: .surname, name: people[p].name, honorifics: [], role: nil, of: nil, isDelegation: false,
                    isGroup: false, start: tok.start, end: tok.end, firstToken: i,
                    attribution: text.text(i..<(i + 1)), rule: "person.surname")
                m.sentence = sentences.firstIndex { $0.contains(i) } ?? 0
                all.append(m)
            }
            all.sort { $0.start < $1.start }
        }
        for m in all { resolve(m, block: block) }
    }

    /// People the headline names ("Statement of the President of the European Commission Jean-Claude Juncker, …"):
    /// participants even when the body, written as "We", never names them again. They report no block.
    mutating func addHeadline(_ mentions: [PersonMention]) {
        for m in mentions where m.kind == .named {
            guard let name = m.name else { continue }
            let w = Self.words(name)
            // "President Joe Biden" in the headline is the body's "President Joseph R. Biden, Jr.".
            if let p = people.indices.first(where: { sameName(people[$0].words, w) })
                ?? people.indices.first(where: { people[$0].words.last == w.last && people[$0].role != nil && people[$0].role == m.role })
            {
                if people[p].of == nil { people[p].of = m.of }
                if people[p].role == nil { people[p].role = m.role }
                continue
            }
            people.append(Resolved(name: name, words: w, honorifics: m.honorifics, role: m.role, of: m.of, otherRoles: m.otherRoles))
        }
    }

    private mutating func reference(_ p: Int, _ m: PersonMention, block: Int) {
        clock += 1
        if !people[p].blocks.contains(block) { people[p].blocks.append(block) }
        if people[p].attributions[block] == nil { people[p].attributions[block] = m.attribution }
        if m.isGroup { people[p].group.insert(block) }
        people[p].lastReference = clock
        // "He" refers to the first person of the last sentence that reported anyone: its subject, usually.
        if currentSentence != (block, m.sentence) {
            currentSentence = (block, m.sentence)
            current = p
        }
        spans.append((block, p, m.start, m.end, m.rule))
    }

    private mutating func resolve(_ m: PersonMention, block: Int) {
        switch m.kind {
        case .named, .surname:
            guard let name = m.name else { return }
            let w = Self.words(name)
            if let p = people.indices.first(where: { sameName(people[$0].words, w) }) {
                if w.count > people[p].words.count { people[p].name = name; people[p].words = w }
                if people[p].honorifics.count < m.honorifics.count { people[p].honorifics = m.honorifics }
                if people[p].role == nil { people[p].role = m.role }
                if people[p].of == nil { people[p].of = m.of }
                people[p].otherRoles += m.otherRoles
                reference(p, m, block: block)
            } else {
                people.append(Resolved(name: name, words: w, honorifics: m.honorifics, role: m.role, of: m.of, otherRoles: m.otherRoles))
                reference(people.count - 1, m, block: block)
            }
        case .unnamed:
            guard let of = m.of else { return }
            // "Leaders from A, B …": every named participant of those states already known.
            let named = people.indices.filter { people[$0].name != nil && people[$0].of == of }
            if m.rule == "person.plural-post", !named.isEmpty {
                for p in named { reference(p, m, block: block) }
                return
            }
            if let p = people.indices.first(where: { people[$0].name != nil && people[$0].of == of }) {
                // A named head of the same delegation: a representative mention is theirs; a delegation's act is not.
                if !m.isDelegation, let role = people[p].role, Self.normalizedRole(role).contains("representative") {
                    reference(p, m, block: block)
                }
                return
            }
            if let p = people.indices.first(where: { people[$0].name == nil && people[$0].of == of }) {
                reference(p, m, block: block)
            } else {
                people.append(Resolved(name: nil, words: [], honorifics: [], role: m.role, of: of))
                reference(people.count - 1, m, block: block)
            }
        case .pronoun:
            if let p = current { reference(p, m, block: block) }
        case .roleAnaphor:
            guard let role = m.role else { return }
            let wanted = Self.normalizedRole(role)
            let candidates = people.indices.filter { i in
                guard let r = people[i].role else { return false }
                let held = ([r] + people[i].otherRoles).map(Self.normalizedRole)
                guard held.contains(where: { $0.contains(wanted) || wanted.contains($0) }) else { return false }
                if let of = m.of { return people[i].of == of }
                return true
            }
            // Holders of exactly that post first ("the President" is not the Vice-President while a President is known).
            let exact = candidates.filter { i in ([people[i].role!] + people[i].otherRoles).map(Self.normalizedRole).contains(wanted) }
            let pool = exact.isEmpty ? candidates : exact
            if let p = pool.max(by: { people[$0].lastReference < people[$1].lastReference }) {
                reference(p, m, block: block)
            } else {
                // "The Prime Minister met with …" and no Prime Minister named: perhaps the publisher's own.
                unresolvedRoles.append((m, block))
            }
        }
    }

    /// Same person: equal words, one a leading part of the other, or a lone surname.
    func sameName(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        if short.count == 1 { return long.last == short[0] }
        if Array(long.prefix(short.count)) == short { return true }
        if Array(long.suffix(short.count)) == short { return true }
        return false
    }
}
