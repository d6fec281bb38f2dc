import Foundation

/// Repairs what OCR and page layout do to the paragraphs of a plain-text release, on the blocks
/// the plain-text reader made:
/// - page numbers ("2" alone) and running headers (a short line printed again) are dropped;
/// - a sentence cut by a page break is joined again (the first piece ends without sentence
///   punctuation, the second continues it: starts in lowercase, or the first ends on a word
///   that cannot end a sentence, "… cooperation between" / "Lebanon and Australia.");
/// - a capitalised headline run into the first paragraph ("JOINT STATEMENT …  Prime Minister
///   Gillard today …") or a dateline run into the headline is split off;
/// - bullets run together on one line (`•`, the mis-decoded `â¢`, or `-` after a first `-`
///   bullet) become one block each;
/// - a footer run into the last paragraph ("…  Media inquiries: …") is split off so that the
///   segmenter ends the body there.
/// Every rule starts with a byte test, so prose that needs no repair costs one pass.
enum OCRBlockRepair {
    static func repair(_ blocks: [RawBlock]) -> [RawBlock] {
        var out: [RawBlock] = []
        out.reserveCapacity(blocks.count)
        var shortLines = Set<String>()
        for block in blocks {
            guard block.kind == .paragraph, block.listNumber == nil else { out.append(block); continue }
            if isPageNumber(block.text) { continue }
            // A running header: a short unpunctuated line seen before, printed again at the top of a
            // page, after a paragraph. (A text dump's headline repeating the page title stays: a date
            // line, not a paragraph, stands before it.)
            if block.text.utf8.count < 100, !PlainTextBlockReader.endsSentence(block.text),
                !shortLines.insert(block.text).inserted, let last = out.last?.text,
                PlainTextBlockReader.endsSentence(last) || last.utf8.count >= 100
            {
                continue
            }
            if let last = out.last, last.kind == .paragraph, last.listNumber == nil, continuesHeadline(last.text, block.text) {
                out[out.count - 1].text = last.text + " " + block.text
                continue
            }
            if let last = out.last, last.kind == .paragraph, last.listNumber == nil, continuesAcrossBreak(last.text, block.text) {
                out[out.count - 1].text = PlainTextBlockReader.joinLines(last.text, block.text)
                continue
            }
            for piece in split(block.text) { out.append(RawBlock(kind: .paragraph, text: piece)) }
        }
        return out
    }

    /// "2", "- 3 -", "Page 4": a page number between paragraphs.
    static func isPageNumber(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard u.count <= 12 else { return false }
        var digits = 0
        for b in u {
            if b >= 0x30 && b <= 0x39 { digits += 1; continue }
            if b == 0x20 || b == 0x2D || b == 0x2F { continue }
            return text.lowercased().hasPrefix("page ") && digits > 0 && digits <= 3 && u.count <= 9
        }
        return digits >= 1 && digits <= 3
    }

    static func continuesAcrossBreak(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count >= 80, !PlainTextBlockReader.endsSentence(first), !first.hasSuffix(","),
            !PlainTextBlockReader.looksLikeHeadline(first), let s = second.unicodeScalars.first
        else { return false }
        if s.properties.isLowercase { return true }
        guard s.properties.isUppercase, BlockClassifier.numberPrefix(second) == nil,
            let lastWord = first.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).last
        else { return false }
        return PlainTextBlockReader.joiningWords.contains(lastWord.lowercased())
    }

    /// A headline in capitals set on two header lines with a blank line between: the first stops
    /// on a word that cannot end a title ("… MEETING OF THE"), or both are in capitals and the
    /// second opens with one ("… MINISTERS" / "ON REGIONAL SECURITY").
    static func continuesHeadline(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count >= 20, second.utf8.count < 200, isCapitals(first), isCapitals(second),
            !PlainTextBlockReader.endsSentence(first), !PlainTextBlockReader.endsSentence(second),
            let last = first.split(separator: " ").last, let opening = second.split(separator: " ").first
        else { return false }
        return PlainTextBlockReader.joiningWords.contains(last.lowercased())
            || PlainTextBlockReader.joiningWords.contains(opening.lowercased())
    }

    /// Letters present and none in lowercase.
    static func isCapitals(_ text: String) -> Bool {
        var letters = 0
        for u in text.unicodeScalars where u.properties.isAlphabetic {
            if u.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 3
    }

    /// One block's pieces after splitting off a run-in headline, run-together bullets and a run-in footer.
    static func split(_ text: String) -> [String] {
        var pieces = splitHeadline(text)
        pieces = pieces.flatMap(splitBullets)
        pieces = pieces.flatMap(splitFooter)
        return pieces
    }

    /// Three or more words in capitals, a gap of two or more spaces, then a capitalised word
    /// in mixed case: the headline (or label) and the text OCR ran into it.
    static func splitHeadline(_ text: String) -> [String] {
        let u = Array(text.utf8)
        guard u.count >= 2, u[0] >= 0x41, u[0] <= 0x5A, u[1] >= 0x41 && u[1] <= 0x5A || u[1] == 0x2D || u[1] == 0x20 else { return [text] }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var capsWords = 0
        while i < scalars.count {
            // A gap: two or more spaces (non-breaking ones count).
            var gap = 0
            var j = i
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\u{00A0}" { gap += 1; j += 1 }
            if gap >= 2, capsWords >= 3, j < scalars.count {
                var k = j
                var word = String.UnicodeScalarView()
                while k < scalars.count, scalars[k] != " ", scalars[k] != "\u{00A0}" { word.append(scalars[k]); k += 1 }
                if isMixedCaseCapitalised(String(word)) {
                    let head = String(String.UnicodeScalarView(scalars[0..<i]))
                    let rest = String(String.UnicodeScalarView(scalars[j...]))
                    return [collapse(head), rest]
                }
            }
            if gap > 0 { i = j; continue }
            // One word: it must hold no lowercase letter.
            var k = i
            var letters = 0
            while k < scalars.count, scalars[k] != " ", scalars[k] != "\u{00A0}" {
                if scalars[k].properties.isLowercase { return [text] }
                if scalars[k].properties.isAlphabetic { letters += 1 }
                k += 1
            }
            if letters > 0 { capsWords += 1 }
            i = k
        }
        return [text]
    }

    private static func isMixedCaseCapitalised(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        return word.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// Runs of spaces written as one, as a headline is printed.
    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    static let bulletMarks: [String] = ["•", "â¢", "â€¢"]

    /// "Ministers agreed to:  • A.  • B." → the lead-in and each bullet; a block opening with "- "
    /// is split again at " - " before a capital.
    static func splitBullets(_ text: String) -> [String] {
        // Byte prefilter: "•" is E2 80 A2, "â¢" is C3 A2 C2 A2 (both end on A2); "- " at the start.
        let hasMark = ByteScan.withBytes(text) { u in
            var previous: UInt8 = 0
            for b in u {
                if b == 0xA2, previous == 0x80 || previous == 0xC2 { return true }
                previous = b
            }
            return false
        }
        let dashed = text.hasPrefix("- ") || text.hasPrefix("-\u{00A0}")
        guard hasMark || dashed else { return [text] }
        var marks = bulletMarks
        if dashed { marks.append("-") }
        var pieces: [String] = []
        var current = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            // A mark at the start of the text or after a space, followed by a space.
            var matched: String?
            if current.isEmpty || current.last == " " || current.last == "\u{00A0}" {
                for m in marks where rest.hasPrefix(m) {
                    let after = rest.dropFirst(m.count)
                    guard let space = after.first, space == " " || space == "\u{00A0}" else { continue }
                    let next = after.drop { $0 == " " || $0 == "\u{00A0}" }.first
                    // A dash is a bullet only before a capital: "- Ministers agreed …".
                    if m == "-", !(next?.isUppercase ?? false) { continue }
                    matched = m
                    break
                }
            }
            if let m = matched {
                let t = current.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { pieces.append(t) }
                current = ""
                rest = rest.dropFirst(m.count).drop { $0 == " " || $0 == "\u{00A0}" }
                continue
            }
            current.append(rest.removeFirst())
        }
        let t = current.trimmingCharacters(in: .whitespaces)
        if !t.isEmpty { pieces.append(t) }
        return pieces.isEmpty ? [text] : pieces
    }

    /// Footer openings that OCR runs into the last paragraph, lowercased.
    static let footerOpenings: [[UInt8]] = ["media inquiries", "media enquiries", "media contact", "press contact", "press office"].map {
        Array($0.utf8)
    }

    /// Byte offset of a footer opening that starts a word after a finished sentence, in one pass:
    /// a sliding window (ASCII case folded) finds "media " or "press " after a non-letter, and
    /// only there are the whole opening and the sentence end checked.
    static func footerStart(_ text: String) -> Int? {
        ByteScan.withBytes(text) { u -> Int? in
            var window: UInt64 = 0
            for (i, b) in u.enumerated() {
                window = window << 8 | UInt64(b | 0x20)
                guard i >= 6 else { continue }
                // Bytes 1…6 back: "media " or "press " (a space stays a space when folded).
                let six = (window >> 8) & 0xFFFF_FFFF_FFFF
                guard six == 0x6D65_6469_6120 || six == 0x7072_6573_7320 else { continue }
                let start = i - 6
                // A word of its own ("express our" is not "press o…"), after a paragraph's text.
                if start > 0, (u[start - 1] | 0x20) >= 0x61, (u[start - 1] | 0x20) <= 0x7A { continue }
                guard start > 0,
                    footerOpenings.contains(where: { o in
                        start + o.count <= u.count && (0..<o.count).allSatisfy { (u[start + $0] | 0x20) == o[$0] }
                    })
                else { continue }
                let before = String(decoding: UnsafeBufferPointer(rebasing: u[0..<start]), as: UTF8.self)
                if PlainTextBlockReader.endsSentence(before) { return start }
            }
            return nil
        }
    }

    /// "…Australia.   Media inquiries: …" → the paragraph and the footer.
    static func splitFooter(_ text: String) -> [String] {
        guard text.utf8.count > 40, let start = footerStart(text) else { return [text] }
        let u = Array(text.utf8)
        let before = String(decoding: u[0..<start], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return [before, String(decoding: u[start...], as: UTF8.self)]
    }
}
