import Foundation

/// Finds the spans of a paragraph that a query's positive terms matched. Pure: the word
/// forms (stem and folded) come from `Stemmer`.
enum Highlighter {
    /// Words of the texts that could match a query term, and the terms' words: the ones that
    /// need forms. Stemming and folding only change word endings and letters' accents, so a
    /// word can only match a term that starts with the same two folded letters.
    static func wordsNeeded(texts: [String], terms: HighlightTerms) -> [String] {
        var words = Set<String>()
        for group in terms.words { words.formUnion(group) }
        for phrase in terms.phrases { words.formUnion(phrase.tokens) }
        let keys = Set(words.map(key))
        for text in texts {
            for word in WordTokenizer.words(text) where keys.contains(key(word.text)) { words.insert(word.text) }
        }
        return Array(words)
    }

    /// The first two letters, lowercased and without accents.
    static func key(_ word: String) -> String {
        let start = word.prefix(2)
        if start.utf8.allSatisfy({ $0 < 0x80 }) { return start.lowercased() }
        return String(start).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// Matched spans of `text` (scalar offsets), sorted and merged.
    static func spans(in text: String, terms: HighlightTerms, forms: [String: Stemmer.Forms]) -> [Range<Int>] {
        let words = WordTokenizer.words(text)
        guard !words.isEmpty else { return [] }
        let stems = words.map { forms[$0.text]?.stem ?? $0.text.lowercased() }
        let folds = words.map { forms[$0.text]?.folded ?? $0.text.lowercased() }
        var spans: [Range<Int>] = []

        func mark(_ sequence: [String], in values: [String], lastIsPrefix: Bool) {
            guard !sequence.isEmpty, sequence.count <= values.count else { return }
            for i in 0...(values.count - sequence.count) {
                var ok = true
                for (k, token) in sequence.enumerated() {
                    let value = values[i + k]
                    let last = k == sequence.count - 1
                    if (last && lastIsPrefix) ? !value.hasPrefix(token) : value != token { ok = false; break }
                }
                if ok { spans.append(words[i].start..<words[i + sequence.count - 1].end) }
            }
        }

        for group in terms.words {
            mark(group.map { forms[$0]?.stem ?? $0.lowercased() }, in: stems, lastIsPrefix: false)
        }
        for phrase in terms.phrases {
            mark(phrase.tokens.map { forms[$0]?.folded ?? $0.lowercased() }, in: folds, lastIsPrefix: phrase.prefix)
        }
        return merge(spans)
    }

    /// Spans of the citations a `cites:` filter names (`keys`, as `TagToken.citationKey`), from
    /// the record's citation offsets; a citation printed "resolution 2254 (2015)" is marked
    /// with the word before it.
    static func citationSpans(in text: String, citations: [(symbol: String, start: Int, end: Int)], keys: [String]) -> [Range<Int>] {
        guard !keys.isEmpty else { return [] }
        let wanted = Set(keys)
        let scalars = Array(text.unicodeScalars)
        var spans: [Range<Int>] = []
        for citation in citations where citation.start < citation.end && citation.end <= scalars.count {
            guard !wanted.isDisjoint(with: TagToken.citationKeys(citation.symbol)) else { continue }
            var start = citation.start
            let before = String(String.UnicodeScalarView(scalars[max(0, start - 12)..<start])).lowercased()
            for word in ["resolution ", "resolutions "] where before.hasSuffix(word) { start -= word.unicodeScalars.count }
            spans.append(start..<citation.end)
        }
        return spans
    }

    static func merge(_ spans: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, span.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                out.append(span)
            }
        }
        return out
    }
}

/// Cuts a paragraph down to a window around its first match, keeping highlight offsets right.
public enum Snippet {
    public static let maximumLength = 320
    static let lead = 90

    public static func make(text: String, spans: [Range<Int>], maximumLength: Int = maximumLength) -> (String, [[Int]]) {
        let scalars = Array(text.unicodeScalars)
        if scalars.count <= maximumLength {
            return (text, spans.map { [$0.lowerBound, $0.upperBound] })
        }
        let focus = spans.first?.lowerBound ?? 0
        var start = max(0, focus - lead)
        // Start on a word boundary.
        if start > 0 {
            while start < focus, WordTokenizer.isWordScalar(scalars[start - 1]) { start += 1 }
        }
        var end = min(scalars.count, start + maximumLength)
        if end < scalars.count {
            var cut = end
            while cut > start + maximumLength / 2, WordTokenizer.isWordScalar(scalars[cut - 1]) && WordTokenizer.isWordScalar(scalars[cut])
            { cut -= 1 }
            end = cut
        }
        var out = String.UnicodeScalarView()
        let prefix = start > 0 ? 1 : 0
        if start > 0 { out.append("…") }
        out.append(contentsOf: scalars[start..<end])
        if end < scalars.count { out.append("…") }
        let shifted = spans.compactMap { span -> [Int]? in
            let s = max(span.lowerBound, start), e = min(span.upperBound, end)
            guard s < e else { return nil }
            return [s - start + prefix, e - start + prefix]
        }
        return (String(out), shifted)
    }
}
