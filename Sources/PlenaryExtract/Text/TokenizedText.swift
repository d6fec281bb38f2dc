/// A text cut into tokens in one pass over its scalars. Every recognizer works on tokens,
/// never on regular expressions over the whole text (DESIGN.md §9: regexes are too slow).
public struct TokenizedText: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]

    public init(_ text: String) {
        self.text = text
        // One pass (Array(text.unicodeScalars) counts first, then copies).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars { scalars.append(s) }
        self.scalars = scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        var space = true
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        while i < n {
            let s = scalars[i]
            if Folding.isSpace(s) { space = true; i += 1; continue }
            if Folding.isWordScalar(s) {
                let start = i
                buffer.removeAll(keepingCapacity: true)
                var allDigits = true
                var upper = 0, letters = 0
                var firstUpper = false
                while i < n, Folding.isWordScalar(scalars[i]) {
                    let c = scalars[i]
                    let v = c.value
                    if v < 0x80 {
                        if v >= 0x41 && v <= 0x5A {
                            upper += 1; letters += 1; allDigits = false
                            if i == start { firstUpper = true }
                            buffer.append(UInt8(v + 32))
                        } else {
                            if v >= 0x61 && v <= 0x7A { letters += 1; allDigits = false }
                            buffer.append(UInt8(v))
                        }
                    } else {
                        allDigits = false
                        if c.properties.isUppercase { upper += 1; if i == start { firstUpper = true } }
                        if c.properties.isAlphabetic { letters += 1 }
                        buffer.append(contentsOf: Folding.fold(c).utf8)
                    }
                    i += 1
                }
                tokens.append(
                    Token(
                        kind: allDigits ? .number : .word, start: start, end: i, folded: String(decoding: buffer, as: UTF8.self),
                        isCapitalized: firstUpper, isAllCaps: letters > 1 && upper == letters, spaceBefore: space))
            } else {
                tokens.append(
                    Token(
                        kind: .punctuation, start: i, end: i + 1, folded: Folding.fold(s),
                        isCapitalized: false, isAllCaps: false, spaceBefore: space))
                i += 1
            }
            space = false
        }
        self.tokens = tokens
    }

    /// The original text between two scalar offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= scalars.count else { return "" }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// The original text covered by tokens `range` (lower inclusive, upper exclusive).
    public func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return slice(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// `true` when token `i` exists and is the given folded punctuation or word.
    @inline(__always)
    public func token(_ i: Int, is folded: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].folded == folded
    }

    /// Index of the next word or number token at or after `i` that is not hyphen/apostrophe/period.
    @inline(__always)
    public func isSoftPunctuation(_ t: borrowing Token) -> Bool {
        t.kind == .punctuation && (t.folded == "-" || t.folded == "'" || t.folded == ".")
    }

    /// `isSoftPunctuation` of token `k`, read in place rather than from a copy of the token.
    @inline(__always)
    public func isSoftPunctuation(at k: Int) -> Bool {
        tokens[k].kind == .punctuation && (tokens[k].folded == "-" || tokens[k].folded == "'" || tokens[k].folded == ".")
    }
}
