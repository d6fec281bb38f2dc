import Foundation

/// Markdown (pandoc's and hand-written) → blocks: a block is a run of lines between blank lines
/// (a line of spaces or non-breaking spaces is blank); each list item is one block even when it
/// wraps; `#` headings are headings, never body; end marks and separators (`\###`, `*\###*`,
/// `*****`, `<!-- -->`) are dropped, also when glued to the last line; short emphasis-only lines
/// and short unpunctuated lines that head the next block are sub-headings. Inline markup
/// (emphasis, escapes, links, inline HTML tags) is removed from the text.
enum MarkdownBlockReader {
    /// Markdown is recognised by what only Markdown writes: an ATX heading line anywhere, or,
    /// under front matter, backslash escapes, `**strong**`, `<!-- -->` or pandoc list items.
    /// Front matter alone does not make Markdown (OCR releases carry it too).
    static func looksLikeMarkdown(_ body: Substring, hasFrontMatter: Bool) -> Bool {
        ByteScan.withBytes(body) { looksLikeMarkdown($0, hasFrontMatter: hasFrontMatter) }
    }

    private static func looksLikeMarkdown(_ u: UnsafeBufferPointer<UInt8>, hasFrontMatter: Bool) -> Bool {
        func starts(_ i: Int, _ p: StaticString) -> Bool {
            let n = p.utf8CodeUnitCount
            guard i + n <= u.count else { return false }
            return p.withUTF8Buffer { q in (0..<n).allSatisfy { u[i + $0] == q[$0] } }
        }
        // Without front matter only a heading line counts: jump from line start to line start.
        if !hasFrontMatter, let base = u.baseAddress {
            var i = 0
            while i < u.count {
                if u[i] == 0x23, starts(i, "# ") || starts(i, "## ") { return true }
                guard let newline = memchr(UnsafeRawPointer(base + i), 0x0A, u.count - i) else { return false }
                i = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return false
        }
        var markers = 0
        var i = 0
        var lineStart = true
        while i < u.count {
            let b = u[i]
            if lineStart, b == 0x23 || b == 0x2D || b == 0x3C {
                if starts(i, "# ") || starts(i, "## ") { return true }
                if starts(i, "-   ") || starts(i, "<!--") { markers += 1 }
            }
            lineStart = b == 0x0A
            // `\#`, `\-`, `\[`, `\*`, `\_`: pandoc's escapes; `**X`: strong emphasis opening on a letter or tag.
            if b == 0x5C, i + 1 < u.count, [0x23, 0x2D, 0x5B, 0x2A, 0x5F].contains(u[i + 1]) { markers += 1 }
            if b == 0x2A, i + 2 < u.count, u[i + 1] == 0x2A, i == 0 || u[i - 1] != 0x2A {
                let c = u[i + 2]
                if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x3C { markers += 1 }
            }
            i += 1
        }
        return hasFrontMatter && (markers >= 1 || isHardWrapped(u))
    }

    /// Paragraphs wrapped over several lines of at most 100 bytes (pandoc writes 72): Markdown's
    /// layout, unlike OCR releases and text dumps, which put a paragraph on one long line.
    static func isHardWrapped(_ u: UnsafeBufferPointer<UInt8>) -> Bool { wrapping(u).wrapped }

    /// Paragraphs written one to a line with no blank line between them (text dumps of web
    /// pages): long lines that run straight into the next line, and no hard wrapping.
    static func hasParagraphPerLine(_ body: Substring) -> Bool {
        let w = ByteScan.withBytes(body) { wrapping($0) }
        return !w.wrapped && w.veryLong >= 2 && w.longIntoText * 2 >= w.veryLong
    }

    private static func wrapping(_ u: UnsafeBufferPointer<UInt8>) -> (wrapped: Bool, veryLong: Int, longIntoText: Int) {
        var wrapped = 0, long = 0, veryLong = 0, longIntoText = 0
        var start = 0
        var previousLength = 0
        while start < u.count {
            var end = start
            while end < u.count, u[end] != 0x0A { end += 1 }
            var blank = true
            for k in start..<end where u[k] != 0x20 && u[k] != 0x09 && u[k] != 0xC2 && u[k] != 0xA0 { blank = false; break }
            let length = blank ? 0 : end - start
            if length > 120 { long += 1 }
            if length > 200 { veryLong += 1 }
            if length > 0, previousLength > 200 { longIntoText += 1 }
            // Menus stack short lines too: a wrapped line is near the wrap width.
            if length > 0, previousLength >= 50, previousLength <= 100 { wrapped += 1 }
            previousLength = length
            start = end + 1
        }
        return (wrapped >= 3 && wrapped > long, veryLong, longIntoText)
    }

    static func read(_ body: Substring) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var lines: [Substring] = []
        var isItem = false
        var number: String?
        func close() {
            defer { lines = []; isItem = false; number = nil }
            guard !lines.isEmpty else { return }
            let joined = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            let raw = stripEndMark(joined)
            let text = MarkdownInline.plain(raw)
            guard !text.isEmpty, text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            else { return }
            if !isItem, isEmphasisOnly(raw), !PlainTextBlockReader.endsSentence(text), text.split(separator: " ").count <= 15 {
                blocks.append(RawBlock(kind: .heading(3), text: text))
                return
            }
            var block = RawBlock(kind: .paragraph, text: text, listNumber: number)
            block.isListItem = isItem
            blocks.append(block)
        }
        var rest = body
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[rest.startIndex..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            if isBlank(line) { close(); continue }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<!--") || isEndMark(Substring(trimmed)) { close(); continue }
            if let (level, text) = atxHeading(line) {
                close()
                let t = MarkdownInline.plain(text)
                if !t.isEmpty { blocks.append(RawBlock(kind: .heading(level), text: t)) }
                continue
            }
            if let (n, content) = orderedItem(line), lines.isEmpty || isItem {
                close()
                isItem = true
                number = n
                lines = [content]
                continue
            }
            if let content = bulletItem(line), lines.isEmpty || isItem {
                close()
                isItem = true
                lines = [content]
                continue
            }
            lines.append(line)
        }
        close()
        return markSubHeadings(blocks)
    }

    /// A short unpunctuated paragraph that the classifier takes for a heading and that another
    /// block follows ("Maritime Cooperation") introduces a section: a sub-heading, not a block.
    static func markSubHeadings(_ blocks: [RawBlock]) -> [RawBlock] {
        var out = blocks
        for i in out.indices where i + 1 < out.count && out[i].kind == .paragraph && !out[i].isListItem && out[i].listNumber == nil {
            let text = out[i].text
            guard !PlainTextBlockReader.endsSentence(text), text.utf8.count < 200,
                BlockClassifier.classify(text) == .heading || BlockClassifier.classify(text) == .chrome
            else { continue }
            if case .heading = out[i + 1].kind { continue }
            out[i].kind = .heading(3)
        }
        return out
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2007}" }
    }

    /// `\###`, `*\###*`, `*****`, `---`, `###`: a line of only marks, three or more of one kind.
    static func isEndMark(_ line: Substring) -> Bool {
        var marks = 0
        for u in line.unicodeScalars {
            switch u {
            case "#", "*", "-", "_", "=": marks += 1
            case "\\", " ": continue
            default: return false
            }
        }
        return marks >= 3
    }

    /// Drops an end mark glued to the last line: "… Resolutions. \###".
    static func stripEndMark(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var k = scalars.count
        var hashes = 0, stars = 0
        while k > 0, ["\\", "#", "*", " "].contains(scalars[k - 1]) {
            if scalars[k - 1] == "#" { hashes += 1 }
            if scalars[k - 1] == "*" { stars += 1 }
            k -= 1
        }
        guard hashes >= 3 || stars >= 3, k > 0 else { return text }
        // Keep a closing emphasis mark of the text itself ("**Text.**\###" keeps nothing needed).
        scalars.removeSubrange(k...)
        return String(String.UnicodeScalarView(scalars))
    }

    /// `**…**`, `*…*`, `__…__` around the whole block: a line set in bold as a heading.
    static func isEmphasisOnly(_ raw: String) -> Bool {
        for mark in ["**", "__", "*", "_"] where raw.hasPrefix(mark) && raw.hasSuffix(mark) && raw.count > 2 * mark.count {
            let inner = raw.dropFirst(mark.count).dropLast(mark.count)
            return !inner.contains(mark)
        }
        return false
    }

    static func atxHeading(_ line: Substring) -> (Int, Substring)? {
        var level = 0
        var i = line.startIndex
        while i < line.endIndex, line[i] == "#", level < 7 { level += 1; i = line.index(after: i) }
        guard level >= 1, level <= 6, i == line.endIndex || line[i] == " " || line[i] == "\t" else { return nil }
        var text = line[i...].trimmingCharacters(in: .whitespaces)[...]
        while text.last == "#" { text = text.dropLast() }
        return (level, Substring(text.trimmingCharacters(in: .whitespaces)))
    }

    /// "1.  Text", "12) Text", indented at most three spaces.
    static func orderedItem(_ line: Substring) -> (String, Substring)? {
        let s = line.drop { $0 == " " }
        guard line.count - s.count <= 3 else { return nil }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let after = s.dropFirst(digits.count)
        guard let mark = after.first, mark == "." || mark == ")" else { return nil }
        let content = after.dropFirst()
        guard let space = content.first, space == " " || space == "\t" else { return nil }
        return (String(digits), content.drop { $0 == " " || $0 == "\t" })
    }

    /// "-   Text", "* Text", "+ Text", indented at most three spaces.
    static func bulletItem(_ line: Substring) -> Substring? {
        let s = line.drop { $0 == " " }
        guard line.count - s.count <= 3, let mark = s.first, mark == "-" || mark == "*" || mark == "+" else { return nil }
        let content = s.dropFirst()
        guard let space = content.first, space == " " || space == "\t" else { return nil }
        let text = content.drop { $0 == " " || $0 == "\t" }
        return text.isEmpty ? nil : text
    }
}
