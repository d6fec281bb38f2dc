/// Plain text → blocks: one block per line, except that hard-wrapped prose lines are joined
/// back (a line continues when the next starts in lowercase, or when a long line that is not
/// a headline stops mid-sentence). With `paragraphPerLine` (text dumps and OCR output, which
/// write each paragraph on one line) a line that stops mid-sentence still ends its block.
enum PlainTextBlockReader {
    static func read(_ text: String, paragraphPerLine: Bool = false) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: String?
        var currentLine = ""
        var text = text
        let lines: [String] = text.withUTF8 { buffer in
            var out: [String] = []
            var start = 0
            let n = buffer.count
            while start <= n {
                var end = start
                while end < n, buffer[end] != 0x0A { end += 1 }
                var a = start, b = end
                // Spaces, tabs and non-breaking spaces (C2 A0) around a line are not text.
                while true {
                    if a < b, buffer[a] == 0x20 || buffer[a] == 0x09 {
                        a += 1
                    } else if b - a >= 2, buffer[a] == 0xC2, buffer[a + 1] == 0xA0 {
                        a += 2
                    } else {
                        break
                    }
                }
                while true {
                    if b > a, buffer[b - 1] == 0x20 || buffer[b - 1] == 0x09 {
                        b -= 1
                    } else if b - a >= 2, buffer[b - 2] == 0xC2, buffer[b - 1] == 0xA0 {
                        b -= 2
                    } else {
                        break
                    }
                }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[a..<b]), as: UTF8.self))
                start = end + 1
            }
            return out
        }
        for line in lines {
            if line.isEmpty {
                if let c = current { blocks.append(RawBlock(kind: .paragraph, text: c)) }
                current = nil
                continue
            }
            if let c = current, continues(currentLine, with: line, paragraphPerLine: paragraphPerLine) {
                current = joinLines(c, line)
            } else {
                if let c = current { blocks.append(RawBlock(kind: .paragraph, text: c)) }
                current = line
            }
            currentLine = line
        }
        if let c = current { blocks.append(RawBlock(kind: .paragraph, text: c)) }
        return blocks
    }

    /// Joins a wrapped line to the next; a word hyphenated at the line end ("co-" / "operation")
    /// is written whole, a compound before a capital ("Asia-" / "Pacific") keeps its hyphen.
    static func joinLines(_ text: String, _ next: String) -> String {
        guard text.utf8.last == 0x2D, let first = next.unicodeScalars.first, first.properties.isAlphabetic else { return text + " " + next }
        let scalars = text.unicodeScalars
        let beforeHyphen = scalars.index(before: scalars.endIndex)
        guard beforeHyphen > scalars.startIndex, scalars[scalars.index(before: beforeHyphen)].properties.isAlphabetic else {
            return text + " " + next
        }
        return first.properties.isLowercase ? String(text.unicodeScalars.dropLast()) + next : text + next
    }

    static func continues(_ line: String, with next: String, paragraphPerLine: Bool = false) -> Bool {
        guard let first = next.unicodeScalars.first else { return false }
        if continuesHeadline(line, with: next) { return true }
        if first.properties.isLowercase { return !endsSentence(line) || line.hasSuffix(",") }
        guard !paragraphPerLine, line.utf8.count >= 60, !endsSentence(line) else { return false }
        if first.properties.numericType != nil || (first == "(" && isParenthesisedMarker(next)) { return false }
        guard !looksLikeHeadline(line) else { return false }
        // "… Zone Treaty" / "(Treaty of Pelindaba) in Cairo on 11 April 1996,": a parenthesis goes on.
        if first == "(" { return true }
        // A dateline under a headline ("New York, 3 March 2021") is not the rest of a sentence.
        let nextTokens = TokenizedText(next)
        return !BlockClassifier.isHeaderLine(nextTokens, words: nextTokens.tokens.filter(\.isWord))
    }

    /// "(a) ", "(iv) ", "(12) ": a list marker, not a parenthesis that continues a sentence.
    static func isParenthesisedMarker(_ line: String) -> Bool {
        let head = Array(line.unicodeScalars.prefix(7))
        guard let close = head.firstIndex(of: ")"), close >= 2, close <= 5 else { return false }
        return close + 1 == head.count || head[close + 1] == " " || head[close + 1] == "\u{00A0}"
    }

    /// A long headline wrapped onto a second line ("… OF THE REPUBLIC OF ARMENIA" / "AGAINST THE
    /// REPUBLIC OF AZERBAIJAN"): both lines headline-like and the break inside a phrase — the
    /// first ends on, or the second starts with, a word that cannot end or start a title.
    /// Two headlines stacked ("ORGANISATION OF ISLAMIC COOPERATION" / "FINAL COMMUNIQUÉ") stay apart.
    static func continuesHeadline(_ line: String, with next: String) -> Bool {
        guard line.utf8.count >= 40, !endsSentence(line), looksLikeHeadline(line), looksLikeHeadline(next),
            let last = line.split(separator: " ").last, let first = next.split(separator: " ").first
        else { return false }
        return joiningWords.contains(last.lowercased()) || joiningWords.contains(first.lowercased())
    }

    static let joiningWords: Set<String> = [
        "of", "the", "on", "and", "against", "for", "in", "to", "at", "with", "by", "from", "between", "concerning",
        "regarding", "about", "into", "over", "under", "among", "amid", "towards", "toward", "its", "their", "a", "an", "&",
    ]

    static func endsSentence(_ line: String) -> Bool {
        var scalars = line.unicodeScalars.reversed().makeIterator()
        while let l = scalars.next() {
            switch l {
            case "\"", "”", "’", "'", ")", "]", " ", "\u{00A0}": continue
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
