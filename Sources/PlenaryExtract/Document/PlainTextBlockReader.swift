/// Plain text → blocks: one block per line, except that hard-wrapped prose lines are joined
/// back (a line continues when the next starts in lowercase, or when a long line that is not
/// a headline stops mid-sentence).
enum PlainTextBlockReader {
    static func read(_ text: String) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: String?
        var currentLine = ""
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var bytes = rawLine[...]
            while let f = bytes.first, f == 0x20 || f == 0x09 { bytes = bytes.dropFirst() }
            while let l = bytes.last, l == 0x20 || l == 0x09 { bytes = bytes.dropLast() }
            let line = String(decoding: bytes, as: UTF8.self)
            if line.isEmpty {
                if let c = current { blocks.append(RawBlock(kind: .paragraph, text: c)) }
                current = nil
                continue
            }
            if let c = current, continues(currentLine, with: line) {
                current = c + " " + line
            } else {
                if let c = current { blocks.append(RawBlock(kind: .paragraph, text: c)) }
                current = line
            }
            currentLine = line
        }
        if let c = current { blocks.append(RawBlock(kind: .paragraph, text: c)) }
        return blocks
    }

    static func continues(_ line: String, with next: String) -> Bool {
        guard let first = next.unicodeScalars.first else { return false }
        if first.properties.isLowercase { return !endsSentence(line) || line.hasSuffix(",") }
        guard line.utf8.count >= 60, !endsSentence(line) else { return false }
        if first.properties.numericType != nil || first == "(" { return false }
        guard !looksLikeHeadline(line) else { return false }
        // A dateline under a headline ("New York, 3 March 2021") is not the rest of a sentence.
        let nextTokens = TokenizedText(next)
        return !BlockClassifier.isHeaderLine(nextTokens, words: nextTokens.tokens.filter(\.isWord))
    }

    static func endsSentence(_ line: String) -> Bool {
        var scalars = line.unicodeScalars.reversed().makeIterator()
        while let l = scalars.next() {
            switch l {
            case "\"", "”", "’", "'", ")", "]", " ": continue
            case ".", ";", ":", "!", "?": return true
            default: return false
            }
        }
        return false
    }

    /// Most words capitalised: a title, not a wrapped sentence.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 3 else { return true }
        let capitalised = words.filter { $0.unicodeScalars.first?.properties.isUppercase == true }.count
        return Double(capitalised) / Double(words.count) >= 0.5
    }
}
