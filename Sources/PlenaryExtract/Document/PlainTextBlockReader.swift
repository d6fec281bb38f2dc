/// Plain text → blocks: one block per line, except that hard-wrapped prose lines are joined
/// back (a line continues when the next starts in lowercase, or when a long line that is not
/// a headline stops mid-sentence).
enum PlainTextBlockReader {
    static func read(_ text: String) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: String?
        var currentLine = ""
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = trim(rawLine)
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

    static func trim(_ s: Substring) -> String {
        var scalars = s.unicodeScalars[...]
        while let f = scalars.first, f == " " || f == "\t" { scalars = scalars.dropFirst() }
        while let l = scalars.last, l == " " || l == "\t" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    static func continues(_ line: String, with next: String) -> Bool {
        guard let first = next.unicodeScalars.first else { return false }
        if first.properties.isLowercase { return !endsSentence(line) || line.hasSuffix(",") }
        guard line.unicodeScalars.count >= 60, !endsSentence(line) else { return false }
        if first.properties.numericType != nil || first == "(" { return false }
        return !looksLikeHeadline(line)
    }

    static func endsSentence(_ line: String) -> Bool {
        var last = line.unicodeScalars.last
        var scalars = line.unicodeScalars[...]
        while let l = last, "\"”’')]".unicodeScalars.contains(l) { scalars = scalars.dropLast(); last = scalars.last }
        guard let l = last else { return false }
        return ".;:!?".unicodeScalars.contains(l)
    }

    /// Most words capitalised: a title, not a wrapped sentence.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 3 else { return true }
        let capitalised = words.filter { $0.unicodeScalars.first?.properties.isUppercase == true }.count
        return Double(capitalised) / Double(words.count) >= 0.6
    }
}
