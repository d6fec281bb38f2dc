/// Sentence boundaries over tokens. A period ends a sentence unless it closes an honorific,
/// an initial ("Yousef A. Al-Othaimeen") or an abbreviation ("No.", "St.").
public enum Sentences {
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "no", "nos", "st", "prof", "amb", "gen", "col", "lt", "maj", "brig", "rt", "hon",
        "jr", "sr", "vol", "art", "para", "paras", "op", "cf", "e", "i", "etc", "vs", "mme", "mgr", "msgr", "rev", "eng",
        "engr", "sh", "pr", "abp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Token ranges of the sentences in `range`.
    public static func split(_ text: TokenizedText, range: Range<Int>? = nil) -> [Range<Int>] {
        let range = range ?? 0..<text.tokens.count
        let t = text.tokens
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let f = t[i].folded
            if t[i].kind == .punctuation, f == "." || f == "!" || f == "?" {
                var end = i + 1
                // Closing quotes and brackets stay with the sentence they close.
                while end < range.upperBound, t[end].kind == .punctuation,
                    t[end].folded == "\"" || t[end].folded == ")" || t[end].folded == "'"
                { end += 1 }
                let next = end < range.upperBound ? t[end] : nil
                var boundary = next == nil || next!.isCapitalized || next!.kind == .number || next!.folded == "\"" || next!.folded == "("
                if f == ".", i > range.lowerBound {
                    let prev = t[i - 1]
                    if prev.kind == .word, (prev.end - prev.start == 1 && prev.isCapitalized) || abbreviations.contains(prev.folded) {
                        boundary = false
                    }
                    if !(next?.spaceBefore ?? true) { boundary = false }
                }
                if boundary {
                    out.append(start..<end)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        if start < range.upperBound { out.append(start..<range.upperBound) }
        return out
    }
}
