/// Longest-first matching of fixed phrases on token boundaries, case- and diacritic-insensitive.
/// Hyphens, apostrophes and periods between words are ignored ("Guinea-Bissau" = "Guinea Bissau",
/// "Côte d’Ivoire" = "Cote d'Ivoire"); commas, brackets and quotes end a phrase.
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    public struct Match: Sendable {
        /// Token range of the phrase in the text.
        public var tokens: Range<Int>
        public var start: Int
        public var end: Int
        public var payload: Payload
    }

    private struct Entry: Sendable {
        var words: [String]
        var payload: Payload
        /// The phrase itself holds a comma ("Commissioner for Political Affairs, Peace and Security").
        var allowsComma = false
    }

    private var buckets: [String: [Entry]] = [:]
    public private(set) var count = 0

    public init() {}

    /// The folded words of a phrase as the matcher compares them.
    public static func words(of phrase: String) -> [String] {
        TokenizedText(phrase).tokens.filter(\.isWord).map(\.folded)
    }

    /// Adds a phrase; an equal phrase added earlier keeps its payload unless `replace`.
    public mutating func add(_ phrase: String, _ payload: Payload, replace: Bool = false) {
        let words = Self.words(of: phrase)
        add(words: words, payload, replace: replace, allowsComma: phrase.contains(","))
    }

    public mutating func add(words: [String], _ payload: Payload, replace: Bool = false, allowsComma: Bool = false) {
        guard let first = words.first else { return }
        var bucket = buckets[first, default: []]
        if let i = bucket.firstIndex(where: { $0.words == words }) {
            if replace { bucket[i].payload = payload }
            buckets[first] = bucket
            return
        }
        bucket.append(Entry(words: words, payload: payload, allowsComma: allowsComma))
        bucket.sort { $0.words.count > $1.words.count }
        buckets[first] = bucket
        count += 1
    }

    /// The first word of every phrase.
    public var firstWords: Set<String> { Set(buckets.keys) }

    /// The payload stored for exactly these words, if any.
    public func payload(forWords words: [String]) -> Payload? {
        guard let first = words.first else { return nil }
        return buckets[first]?.first(where: { $0.words == words })?.payload
    }

    public mutating func update(words: [String], _ transform: (inout Payload) -> Void) {
        guard let first = words.first, var bucket = buckets[first],
            let i = bucket.firstIndex(where: { $0.words == words })
        else { return }
        transform(&bucket[i].payload)
        buckets[first] = bucket
    }

    /// The longest phrase starting at token `i` (a word token), ending before token `limit`.
    public func longestMatch(in text: TokenizedText, at i: Int, limit: Int? = nil) -> Match? {
        let tokens = text.tokens
        let limit = limit ?? tokens.count
        guard i < limit, tokens[i].isWord, let bucket = buckets[tokens[i].folded] else { return nil }
        for entry in bucket {
            var t = i + 1
            var matched = true
            var last = i
            for w in entry.words.dropFirst() {
                while t < limit, text.isSoftPunctuation(at: t) || (entry.allowsComma && tokens[t].folded == ",") { t += 1 }
                guard t < limit, tokens[t].isWord, tokens[t].folded == w else { matched = false; break }
                last = t
                t += 1
            }
            if matched {
                // A phrase must end on a word boundary: "Niger" never matches the start of "Nigeria"
                // because tokens are whole words already.
                return Match(tokens: i..<(last + 1), start: tokens[i].start, end: tokens[last].end, payload: entry.payload)
            }
        }
        return nil
    }

    /// Leftmost-longest, non-overlapping matches in a token range.
    public func matches(in text: TokenizedText, range: Range<Int>? = nil) -> [Match] {
        let range = range ?? 0..<text.tokens.count
        var out: [Match] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = longestMatch(in: text, at: i, limit: range.upperBound) {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}
