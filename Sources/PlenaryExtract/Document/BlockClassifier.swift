/// Judges a block from its own words (see `BlockClass`).
enum BlockClassifier {
    static let footerPhrases = [
        "printer friendly", "print this page", "e-mail to a friend", "email to a friend",
        "all rights reserved", "copyright", "for information media", "not an official record", "last updated",
        "share:", "share this", "follow us", "download pdf", "back to top", "related news", "related articles",
        "← previous", "next →", "privacy policy", "terms of use", "subscribe to", "print version", "printable version",
        "latest news", "more news", "read more", "see also", "related links", "you may also like", "tags:", "back to news",
        "media inquiries", "media enquiries", "media contact", "press contact", "press office", "public inquiries",
    ]
    static let chromePhrases = ["skip to main content", "skip to content", "welcome to the", "language:", "you are here"]

    static let footerBytes = (footerPhrases + ["©"]).map { Array($0.utf8) }
    static let chromeBytes = chromePhrases.map { Array($0.utf8) }

    /// Plain byte search; the phrases are short and the lines under 300 bytes.
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, hay.count >= needle.count else { return false }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    static func classify(_ text: String) -> BlockClass {
        let length = text.utf8.count
        // Long prose needs no closer look: most blocks of a document end here.
        if length >= 300 {
            if PlainTextBlockReader.endsSentence(text) { return .prose }
            // A long line that does not end a sentence: a menu glued into one line, or prose cut short.
            let t = TokenizedText(text)
            let separators = t.tokens.filter { $0.folded == "|" || $0.folded == ">" || $0.folded == "»" || $0.folded == "•" }.count
            let glued = t.tokens.filter { isGlued($0, t) }.count
            return separators >= 3 || glued >= 3 ? .chrome : .prose
        }
        if length < 300 {
            let folded = Array(Folding.fold(text).utf8)
            let words = text.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
            if words <= 14 || !PlainTextBlockReader.endsSentence(text),
                footerBytes.contains(where: { contains(folded, $0) })
            {
                return .footer
            }
            // A short line offering to print ("Print", "Printer-friendly version", however spelled).
            if words <= 6, !PlainTextBlockReader.endsSentence(text), contains(folded, Array("print".utf8)) { return .footer }
            if length < 240, chromeBytes.contains(where: { folded.starts(with: $0) }) { return .chrome }
        }
        if isEditorialNote(text) { return .chrome }
        // A footnote definition ("[^6]: Resolution 217 A (III).") is page furniture, never body.
        if text.utf8.starts(with: "[^".utf8) { return .chrome }
        // Most lines are sentences: one that ends a sentence, has ten words or more and no menu
        // separator byte is prose without tokenizing (the checks below would find the same).
        if PlainTextBlockReader.endsSentence(text), isPlainSentence(text) { return .prose }
        let t = TokenizedText(text)
        let words = t.tokens.filter(\.isWord)
        if length < 240 {
            let separators = t.tokens.filter { $0.folded == "|" || $0.folded == ">" || $0.folded == "»" || $0.folded == "•" }.count
            if separators >= 2 || (separators >= 1 && !PlainTextBlockReader.endsSentence(text)) { return .chrome }
            if words.contains(where: { isGlued($0, t) }) && !PlainTextBlockReader.endsSentence(text) { return .chrome }
        }
        if numberPrefix(text) != nil, words.count >= 3 { return .prose }
        if PlainTextBlockReader.endsSentence(text), words.count >= 6 { return .prose }
        // Short procedural sentences count too: "The Council adopted the agenda."
        if text.hasSuffix("."), words.count >= 4, words.first?.isCapitalized == true,
            words.filter({ !$0.isCapitalized && $0.kind == .word }).count >= 2
        {
            return .prose
        }
        if hasDateSuffix(t), words.count >= 5 { return .heading }
        if isHeaderLine(t, words: words) { return .headerLine }
        // Two words ending a sentence are a line of the body: "Thank you.", "Participants included:".
        if words.count == 2, PlainTextBlockReader.endsSentence(text), words.first?.isCapitalized == true { return .prose }
        if words.count <= 2 { return .chrome }
        // No headline ends on a comma: "Recalling also the Headquarters Agreement," is a preamble paragraph.
        if words.count >= 4, endsWithComma(text) { return .prose }
        return .heading
    }

    /// Ten or more words holding a letter or digit, and no "|", ">", "»" or "•" byte.
    static func isPlainSentence(_ text: String) -> Bool {
        ByteScan.withBytes(text) { u in
            var words = 0
            var inWord = false, wordHasAlnum = false
            var previous: UInt8 = 0
            for b in u {
                if b == 0x7C || b == 0x3E || (previous == 0xC2 && b == 0xBB) || (previous == 0x80 && b == 0xA2) { return false }
                previous = b
                if b == 0x20 {
                    if inWord, wordHasAlnum { words += 1 }
                    inWord = false; wordHasAlnum = false
                } else {
                    inWord = true
                    if (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b >= 0xC3 { wordHasAlnum = true }
                }
            }
            if inWord, wordHasAlnum { words += 1 }
            return words >= 10
        }
    }

    static func endsWithComma(_ text: String) -> Bool {
        for u in text.unicodeScalars.reversed() {
            if u == " " || u == "\u{00A0}" || u == "\"" || u == "”" { continue }
            return u == ","
        }
        return false
    }

    /// An editorial note in parentheses on a line of its own: "(Delayed in transmission.)".
    static func isEditorialNote(_ text: String) -> Bool {
        guard text.utf8.count < 80, text.hasPrefix("("), text.hasSuffix(")") || text.hasSuffix(")."),
            text.utf8.filter({ $0 == 0x28 }).count == 1
        else { return false }
        // "(1) …" is a numbered paragraph, "(Signed) …" continues: the note holds the whole line.
        return text.split(separator: " ").count >= 2 && numberPrefix(text) == nil
    }

    /// A headline stamped with its date: "… MEETS IN NEW YORK - 2019-09-26".
    static func hasDateSuffix(_ t: TokenizedText) -> Bool {
        guard let last = DateFinder.find(in: t).last, last.end == t.scalars.count, last.tokens.lowerBound >= 2 else { return false }
        let before = t.tokens[last.tokens.lowerBound - 1]
        return before.kind == .punctuation && (before.folded == "-" || before.folded == "|") && before.spaceBefore
    }

    /// "HomeAbout": a word with a lowercase letter directly followed by a capital, as menus glue.
    static func isGlued(_ token: borrowing Token, _ t: TokenizedText) -> Bool {
        guard token.kind == .word, token.end - token.start >= 6 else { return false }
        var previousLower = false
        for k in token.start..<token.end {
            let s = t.scalars[k]
            if previousLower && s.properties.isUppercase { return true }
            previousLower = s.properties.isLowercase
        }
        return false
    }

    /// Date-only lines, datelines ("Niamey, 12-13 Rabi al Thani 1442H (27-28 November 2020)"),
    /// symbols ("SC/14573"), meeting numbers ("8814TH MEETING (AM)") and markers ("**NEWS**").
    static func isHeaderLine(_ t: TokenizedText, words: [Token]) -> Bool {
        guard words.count <= 14 else { return false }
        let dates = DateFinder.find(in: t)
        if !dates.isEmpty {
            let inDates = dates.reduce(0) { n, d in n + d.tokens.filter { t.tokens[$0].isWord }.count }
            if words.count - inDates <= 7 { return true }
        }
        if words.isEmpty { return true }
        let slashes = t.tokens.filter { $0.folded == "/" }.count
        if slashes >= 1, words.count <= 5, words.contains(where: { $0.kind == .number || $0.folded.contains(where: \.isNumber) }) {
            return true
        }
        if words.count <= 4, words.contains(where: { $0.folded == "meeting" || $0.folded == "session" }),
            words.contains(where: { $0.folded.first?.isNumber == true })
        {
            return true
        }
        if t.tokens.first?.folded == "*" { return true }
        return false
    }

    /// A printed paragraph number at the start: "1.", "1)", "(1)". Returns the number and the
    /// scalar count to drop with the following space.
    static func numberPrefix(_ text: String) -> (number: String, length: Int)? {
        let s = Array(text.unicodeScalars.prefix(8))
        var i = 0
        var open = false
        if i < s.count, s[i] == "(" { open = true; i += 1 }
        let digitsStart = i
        while i < s.count, s[i].value >= 0x30, s[i].value <= 0x39 { i += 1 }
        guard i > digitsStart, i - digitsStart <= 3, i < s.count else { return nil }
        let number = String(String.UnicodeScalarView(s[digitsStart..<i]))
        if open { guard s[i] == ")" else { return nil } } else { guard s[i] == "." || s[i] == ")" else { return nil } }
        i += 1
        guard i < s.count, s[i] == " " || s[i] == "\u{00A0}" || s[i] == "\t" else { return nil }
        // "2017. " at a line start is a year, not a number.
        guard let n = Int(number), n > 0, n < 400 else { return nil }
        return (number, i + 1)
    }
}
