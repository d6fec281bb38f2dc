/// How the language moved from one meeting to a later one: each paragraph of the later
/// meeting paired with the earlier paragraph it rewrites (if any), with the words removed and
/// added; earlier paragraphs nothing took up are listed as dropped, where they stood.
public struct MeetingComparison: Codable, Equatable, Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public enum Kind: String, Codable, Sendable {
            case unchanged, changed, added, dropped
        }

        public var kind: Kind
        /// Paragraph index (1-based) in the earlier meeting; `nil` for an added paragraph.
        public var old: Int?
        /// Paragraph index (1-based) in the later meeting; `nil` for a dropped paragraph.
        public var new: Int?
        /// Share of words the two paragraphs have in common (Dice coefficient), for pairs.
        public var similarity: Double?
        /// The word diff of a pair; the whole text, as one piece, of an added or dropped paragraph.
        public var pieces: [DiffPiece]
    }

    public var older: String
    public var newer: String
    public var entries: [Entry]

    /// "¶4" (the printed number, else the index) for paragraph `index` of `meeting`, as entries name them.
    public static func label(_ meeting: Meeting, _ index: Int?) -> String {
        guard let index, let paragraph = meeting.paragraphs.first(where: { $0.index == index }) else { return "¶?" }
        return "¶" + (paragraph.number ?? String(index))
    }

    public func count(_ kind: Entry.Kind) -> Int { entries.filter { $0.kind == kind }.count }

    /// Two paragraphs sharing at least this share of their words are one paragraph rewritten.
    public static let pairing = 0.5

    /// Compares `older` with `newer`. Paragraphs may move: each later paragraph is paired with
    /// the most alike earlier one not already taken, the most alike pairs first.
    public static func compare(_ older: Meeting, _ newer: Meeting) -> MeetingComparison {
        let oldWords = older.paragraphs.map { wordSet($0.text) }
        let newWords = newer.paragraphs.map { wordSet($0.text) }

        // Which earlier paragraphs hold each word, so only paragraphs sharing words are scored.
        var holders: [String: [Int]] = [:]
        for (i, words) in oldWords.enumerated() {
            for word in words { holders[word, default: []].append(i) }
        }
        struct Pair { var old: Int; var new: Int; var similarity: Double }
        var pairs: [Pair] = []
        for (j, words) in newWords.enumerated() where !words.isEmpty {
            var shared: [Int: Int] = [:]
            for word in words {
                for i in holders[word] ?? [] { shared[i, default: 0] += 1 }
            }
            for (i, common) in shared {
                let similarity = 2 * Double(common) / Double(oldWords[i].count + words.count)
                if similarity >= pairing { pairs.append(Pair(old: i, new: j, similarity: similarity)) }
            }
        }
        pairs.sort {
            $0.similarity != $1.similarity
                ? $0.similarity > $1.similarity
                : abs($0.old - $0.new) != abs($1.old - $1.new)
                    ? abs($0.old - $0.new) < abs($1.old - $1.new)
                    : ($0.new, $0.old) < ($1.new, $1.old)
        }
        var partnerOfNew: [Int: Pair] = [:]
        var takenOld = Set<Int>()
        for pair in pairs where partnerOfNew[pair.new] == nil && !takenOld.contains(pair.old) {
            partnerOfNew[pair.new] = pair
            takenOld.insert(pair.old)
        }

        var entries: [Entry] = []
        // Dropped paragraphs go after the entry of the last earlier paragraph before them.
        var droppedAfter: [Int: [Int]] = [:]  // earlier paragraph taken up (or -1: the start) → dropped ones
        var lastTaken = -1
        for i in older.paragraphs.indices {
            if takenOld.contains(i) { lastTaken = i } else { droppedAfter[lastTaken, default: []].append(i) }
        }
        func appendDropped(after i: Int) {
            for d in droppedAfter.removeValue(forKey: i) ?? [] {
                entries.append(
                    Entry(
                        kind: .dropped, old: older.paragraphs[d].index, new: nil, similarity: nil,
                        pieces: [DiffPiece(.removed, words(older.paragraphs[d].text))]))
            }
        }
        appendDropped(after: -1)
        for (j, paragraph) in newer.paragraphs.enumerated() {
            if let pair = partnerOfNew[j] {
                let before = older.paragraphs[pair.old]
                let pieces = WordDiff.pieces(from: before.text, to: paragraph.text)
                let unchanged = pieces.allSatisfy { $0.kind == .same }
                entries.append(
                    Entry(
                        kind: unchanged ? .unchanged : .changed, old: before.index, new: paragraph.index,
                        similarity: pair.similarity, pieces: pieces))
                appendDropped(after: pair.old)
            } else {
                entries.append(
                    Entry(
                        kind: .added, old: nil, new: paragraph.index, similarity: nil,
                        pieces: [DiffPiece(.added, words(paragraph.text))]))
            }
        }
        for i in droppedAfter.keys.sorted() { appendDropped(after: i) }
        return MeetingComparison(older: older.id, newer: newer.id, entries: entries)
    }

    /// The meeting a comparison of `meeting` starts from: the latest one before it of the same
    /// body (or, for a meeting without a body, of the same organisation and no body).
    public static func previous(of meeting: Meeting, among summaries: [MeetingSummary]) -> MeetingSummary? {
        let sameBody: (MeetingSummary) -> Bool
        if meeting.symbol?.hasPrefix("S/PV.") == true {
            // The Security Council's series are its agenda items, the record's title: the
            // Libya meeting before a Libya meeting, not the Yemen meeting of the same morning.
            let body = meeting.body
            sameBody = { $0.body == body && $0.title == meeting.title }
        } else if let body = meeting.body {
            sameBody = { $0.body == body }
        } else if let organization = meeting.organization {
            sameBody = { $0.body == nil && $0.organization == organization }
        } else {
            return nil
        }
        return
            summaries
            .filter { $0.id != meeting.id && sameBody($0) && ($0.date, $0.id) < (meeting.date, meeting.id) }
            .max { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    /// The series `previous` looks in, for a message that there is no earlier meeting:
    /// "Security Council on “The situation in Libya”", "OIC Contact Group on …", "OIC".
    public static func series(of meeting: Meeting) -> String {
        if meeting.symbol?.hasPrefix("S/PV.") == true { return "\(meeting.body ?? "the Security Council") on “\(meeting.title)”" }
        return meeting.body ?? meeting.organization ?? "its body"
    }

    /// Lower-cased words without surrounding punctuation, for telling which paragraphs are alike.
    static func wordSet(_ text: String) -> Set<String> {
        var out = Set<String>()
        for word in WordDiff.words(text) {
            let trimmed = trimPunctuation(word.lowercased())
            if !trimmed.isEmpty { out.insert(trimmed) }
        }
        return out
    }

    static func words(_ text: String) -> String { WordDiff.words(text).joined(separator: " ") }
}

/// `word` without leading and trailing punctuation and symbols ("(1993)," → "1993").
private func trimPunctuation(_ word: String) -> String {
    func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol:
            return true
        default: return false
        }
    }
    let scalars = word.unicodeScalars
    var start = scalars.startIndex, end = scalars.endIndex
    while start < end, isMark(scalars[start]) { start = scalars.index(after: start) }
    while end > start, isMark(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    return String(scalars[start..<end])
}
