import Foundation

/// Cuts verbatim text into speaker turns and turns into reading blocks. Pure.
public enum VerbatimText {
    /// The longest label looked at before a colon.
    static let maximumLabelLength = 220

    /// The turns of `text`. A part that starts with a label (one file per speech) accepts any
    /// name there ("Hadiza:"); labels further in must stand at a line start and carry a title,
    /// office or delegation. Text before the first label is returned as `preamble`.
    public static func turns(in text: String) -> (preamble: String, turns: [VerbatimTurn]) {
        var preamble: [Substring] = []
        var turns: [VerbatimTurn] = []
        var current: (label: SpeakerLabel, lines: [Substring])?
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if let (label, rest) = labelAtStart(trimmed, strict: !first) {
                if let c = current { turns.append(finish(c.label, c.lines)) }
                current = (label, [rest])
            } else if current != nil {
                current!.lines.append(line)
            } else {
                preamble.append(line)
            }
            if !trimmed.isEmpty { first = false }
        }
        if let c = current { turns.append(finish(c.label, c.lines)) }
        return (preamble.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines), turns)
    }

    /// A label and the rest of the line when `line` opens a turn.
    static func labelAtStart(_ line: Substring, strict: Bool) -> (SpeakerLabel, Substring)? {
        guard let first = line.unicodeScalars.first, first.properties.isUppercase else { return nil }
        var depth = 0
        var count = 0
        for i in line.indices {
            count += 1
            if count > maximumLabelLength { return nil }
            let c = line[i]
            if c == "(" {
                depth += 1
            } else if c == ")" {
                depth -= 1
            } else if c == ":", depth == 0 {
                let after = line.index(after: i)
                guard after == line.endIndex || line[after] == " " else { return nil }
                guard let label = SpeakerLabel.parse(String(line[..<i]), strict: strict) else { return nil }
                return (label, line[after...].drop { $0 == " " })
            }
        }
        return nil
    }

    static func finish(_ label: SpeakerLabel, _ lines: [Substring]) -> VerbatimTurn {
        var body = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if let displaced = label.displaced { body = displaced + (body.isEmpty ? "" : " " + body) }
        return VerbatimTurn(label: label, text: body)
    }

    // MARK: Blocks

    /// Reading blocks of a speech: its own line breaks when it has them; a speech printed as
    /// one run of text (PDF extraction) is cut at sentence ends into blocks of about
    /// `target` characters, so long speeches read and search as paragraphs.
    public static func blocks(of speech: String, target: Int = 900) -> [String] {
        var out: [String] = []
        for line in speech.split(whereSeparator: \.isNewline) {
            let clean = removePageFurniture(String(line)).trimmingCharacters(in: .whitespaces)
            if clean.isEmpty { continue }
            if clean.count <= target * 2 { out.append(clean); continue }
            out += sentenceChunks(clean, target: target)
        }
        return out
    }

    /// Splits at sentence ends (". " before a capital, not after a title or initial) once a
    /// chunk reaches `target` characters.
    static func sentenceChunks(_ text: String, target: Int) -> [String] {
        let chars = Array(text)
        var out: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            if i - start >= target, chars[i] == " ", i > 0, ".!?".contains(chars[i - 1]),
                i + 1 < chars.count, chars[i + 1].isUppercase || chars[i + 1] == "“" || chars[i + 1] == "\"",
                !endsWithAbbreviation(chars, before: i - 1)
            {
                out.append(String(chars[start..<i]))
                start = i + 1
            }
            i += 1
        }
        if start < chars.count {
            let tail = String(chars[start...])
            // A short tail reads better with the block before it.
            if tail.count < target / 4, let last = out.popLast() { out.append(last + " " + tail) } else { out.append(tail) }
        }
        return out
    }

    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "No", "Nos", "St", "Mt", "Prof", "Gen", "Sr", "Jr", "Art", "para", "paras", "e.g", "i.e", "cf", "Msgr",
        "Rev", "vs",
    ]

    static func endsWithAbbreviation(_ chars: [Character], before dot: Int) -> Bool {
        var j = dot - 1
        while j >= 0, chars[j].isLetter || chars[j] == "." { j -= 1 }
        let word = String(chars[(j + 1)..<dot])
        if word.count == 1, word.first?.isUppercase == true { return true }  // an initial: "A. Guterres"
        return abbreviations.contains(word)
    }

    /// Drops page numbers ("2/2", "12/14") that PDF extraction left between words.
    static func removePageFurniture(_ text: String) -> String {
        guard text.contains("/") else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        kept.reserveCapacity(words.count)
        for w in words {
            if let slash = w.firstIndex(of: "/"), let a = Int(w[..<slash]), let b = Int(w[w.index(after: slash)...]),
                w[..<slash].count <= 2, w[w.index(after: slash)...].count <= 2, a >= 1, a <= b, b <= 60
            {
                continue
            }
            kept.append(w)
        }
        return kept.count == words.count ? text : kept.joined(separator: " ")
    }
}
