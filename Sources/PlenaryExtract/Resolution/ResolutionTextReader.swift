import Foundation
import PlenaryModel

/// Recognises the text of a resolution and reads its structure (DESIGN.md §10: resolution texts
/// go to the catalogue). The general rule: a resolution symbol in the header (a front-matter
/// `symbol:`, a printed `A/RES/…` or `S/RES/…`, or the "80/10. Title" / "Resolution 2719 (2023)"
/// line of the adopting organ), then the organ's line ("The General Assembly,", "The Security
/// Council,"), preambular paragraphs, and at least one numbered operative paragraph. Pure.
public enum ResolutionTextReader {
    public static let version = "plenary-resolution-text/1"

    /// The resolution in `text`, or `nil` when it is not a resolution text.
    public static func read(_ text: String) -> ResolutionDocument? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let front = frontMatter(&lines)
        let blocks = Self.blocks(lines)
        guard let organIndex = blocks.firstIndex(where: { organ(of: $0) != nil }), let organ = organ(of: blocks[organIndex]) else {
            return nil
        }
        let header = Array(blocks[..<organIndex])

        // Symbol and title from the header, the front matter filling in what it does not print.
        var symbol: String?
        var title: String?
        for line in header {
            if symbol == nil, let s = printedSymbol(in: line) { symbol = s }
            if let (number, rest) = numberedTitle(line, organ: organ) {
                symbol = symbol ?? number
                title = title ?? rest
            }
        }
        symbol = symbol ?? front["symbol"].flatMap(printedSymbol(in:))
        guard let symbol else { return nil }
        // A title cut at a page or line end: the front matter's, when it completes the printed one.
        if let printed = title, let full = front["title"].map(cleanTitle), full.count > printed.count,
            normalized(full).hasPrefix(normalized(printed))
        {
            title = full
        }
        title = title ?? front["title"].map(cleanTitle)
        // The adoption date: a header line that says "adopted", else the front matter's date.
        var date: String?
        var printed: String?
        for line in header where line.lowercased().contains("adopted") {
            if let found = DateFinder.find(in: TokenizedText(line)).first {
                (date, printed) = (found.date, found.printed)
                break
            }
        }
        if date == nil, let d = front["date"], ISODate.isValidDay(d) { date = d }

        var reading = Body(runningTitle: title.map(normalized))
        var annex = Body(runningTitle: title.map(normalized))
        var meeting: String?
        var inAnnex = false
        for block in blocks[(organIndex + 1)...] {
            if !inAnnex, meeting == nil, let m = meetingLine(block) { meeting = m; continue }
            if isAnnexHeading(block) { inAnnex = true }
            if inAnnex { annex.add(block) } else if meeting == nil { reading.add(block) }
        }
        // A text with one operative paragraph does not number it: the closing paragraph that ends
        // a sentence ("Adopts the … Declaration.") rather than a clause ("Recalling …,").
        if reading.operative.isEmpty, let last = reading.preamble.last, last.text.hasSuffix(".") {
            reading.operative.append(reading.preamble.removeLast())
        }
        guard !reading.operative.isEmpty else { return nil }
        // The annex is kept as read: its heading and title as unnumbered paragraphs, then its own numbering.
        let annexParagraphs = annex.preamble + annex.operative
        return ResolutionDocument(
            symbol: symbol, title: title ?? symbol, adoptedBy: organ, date: date, datePrinted: printed,
            meeting: meeting, preamble: reading.preamble, operative: reading.operative, annex: annexParagraphs,
            source: .init(file: "", sha256: "", importedAt: "", extractor: version))
    }

    // MARK: Layout

    /// Removes YAML front matter (`---` … `---` at the top) and returns its `key: value` pairs.
    static func frontMatter(_ lines: inout [String]) -> [String: String] {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), lines[first] == "---",
            let end = lines[(first + 1)...].firstIndex(of: "---")
        else { return [:] }
        var values: [String: String] = [:]
        for line in lines[(first + 1)..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            values[key] = value
        }
        lines.removeSubrange(...end)
        return values
    }

    /// Blocks of text: runs of lines between blank lines, a new block also at a line that starts a
    /// numbered paragraph or a sub-item; footnote definitions (`[^3]: …`) and footnote markers
    /// (`[^4]`) left out; a `---` rule followed only by footnotes ends the text.
    static func blocks(_ lines: [String]) -> [String] {
        var out: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { out.append(current.joined(separator: " ")) }
            current = []
        }
        for line in lines {
            if line == "---" { flush(); break }
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("[^"), line.contains("]:") { flush(); continue }
            if startsItem(line) || paragraphNumber(line) != nil { flush() }
            current.append(removingFootnoteMarkers(line))
        }
        flush()
        return out.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func removingFootnoteMarkers(_ line: String) -> String {
        guard line.contains("[^") else { return line }
        var out = ""
        var rest = Substring(line)
        while let open = rest.range(of: "[^") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, after.dropFirst(digits.count).first == "]" {
                rest = after.dropFirst(digits.count + 1)
            } else {
                out += "[^"
                rest = after
            }
        }
        return out + rest
    }

    /// "Annex", "Annex II": the heading of an annexed text.
    static func isAnnexHeading(_ block: String) -> Bool {
        let words = block.split(separator: " ")
        return words.first == "Annex" && words.count <= 2 && words.dropFirst().allSatisfy { $0.allSatisfy { "IVXL".contains($0) } }
    }

    /// "The General Assembly," → "General Assembly": a short line naming the organ that speaks
    /// (the comma is left out before a single operative paragraph).
    static func organ(of block: String) -> String? {
        guard block.hasPrefix("The "), block.count <= 60 else { return nil }
        var nameText = String(block.dropFirst(4))
        if nameText.hasSuffix(",") { nameText.removeLast() }
        let words = nameText.split(separator: " ")
        guard (1...6).contains(words.count), words.first?.first?.isUppercase == true,
            words.allSatisfy({ w in w.first?.isUppercase == true || ["of", "on", "for", "and"].contains(w) }),
            words.allSatisfy({ w in w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "’" || $0 == "'" } })
        else { return nil }
        return nameText
    }

    /// A canonical resolution symbol printed in `text`: `A/RES/80/10`, `A/RES/ES-11/1`,
    /// `S/RES/2719 (2023)` (also `S/RES/2719(2023)`).
    static func printedSymbol(in text: String) -> String? {
        for prefix in ["A/RES/", "S/RES/"] {
            var searchFrom = text.startIndex
            while let r = text.range(of: prefix, range: searchFrom..<text.endIndex) {
                searchFrom = r.upperBound
                let rest = text[r.upperBound...]
                if prefix == "A/RES/" {
                    let es = rest.hasPrefix("ES-") ? "ES-" : ""
                    let a = rest.dropFirst(es.count).prefix { $0.isASCII && $0.isNumber }
                    let afterA = rest.dropFirst(es.count + a.count)
                    guard !a.isEmpty, afterA.first == "/" else { continue }
                    let b = afterA.dropFirst().prefix { $0.isASCII && $0.isNumber }
                    guard !b.isEmpty else { continue }
                    let symbol = "A/RES/\(es)\(a)/\(b)"
                    if CitationSymbol.isCanonical(symbol) { return symbol }
                } else {
                    let n = rest.prefix { $0.isASCII && $0.isNumber }
                    guard !n.isEmpty else { continue }
                    let afterN = rest.dropFirst(n.count).drop { $0 == " " }
                    guard afterN.first == "(" else { continue }
                    let year = afterN.dropFirst().prefix { $0.isASCII && $0.isNumber }
                    guard year.count == 4, afterN.dropFirst(5).first == ")" else { continue }
                    let symbol = "S/RES/\(n) (\(year))"
                    if CitationSymbol.isCanonical(symbol) { return symbol }
                }
            }
        }
        return nil
    }

    /// The organ's own number line: "80/10. Title" of the General Assembly, "Resolution 2719 (2023)"
    /// of the Security Council. Returns the symbol and the title when the line carries one.
    static func numberedTitle(_ line: String, organ: String) -> (symbol: String, title: String?)? {
        let lowerOrgan = organ.lowercased()
        if lowerOrgan == "general assembly" {
            let session = line.prefix { $0.isASCII && $0.isNumber }
            let rest = line.dropFirst(session.count)
            guard !session.isEmpty, rest.first == "/" else { return nil }
            let n = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            let after = rest.dropFirst(1 + n.count)
            guard !n.isEmpty, after.hasPrefix(". ") else { return nil }
            let title = after.dropFirst(2).trimmingCharacters(in: .whitespaces)
            return ("A/RES/\(session)/\(n)", title.isEmpty ? nil : title)
        }
        if lowerOrgan == "security council", line.lowercased().hasPrefix("resolution ") {
            return printedSymbol(in: "S/RES/" + line.dropFirst("resolution ".count).trimmingCharacters(in: .whitespaces))
                .map { ($0, nil) }
        }
        return nil
    }

    /// "International Day of … :" (a front-matter title ends with a colon) → "International Day of …".
    static func cleanTitle(_ title: String) -> String {
        var t = title.trimmingCharacters(in: .whitespaces)
        while t.hasSuffix(":") || t.hasSuffix(" ") { t.removeLast() }
        return t
    }

    /// "51st plenary meeting", "52nd plenary meeting 1 December 2025", "9520th meeting": the line
    /// that closes the text.
    static func meetingLine(_ block: String) -> String? {
        let digits = block.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, block.count <= 60 else { return nil }
        let rest = block.dropFirst(digits.count).lowercased()
        guard ["st ", "nd ", "rd ", "th "].contains(where: { rest.hasPrefix($0) }) else { return nil }
        let words = rest.dropFirst(3)
        guard words.hasPrefix("plenary meeting") || words.hasPrefix("meeting") else { return nil }
        return block
    }

    /// `3. Decides …` → "3".
    static func paragraphNumber(_ line: String) -> (number: String, text: String)? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". "), let first = rest.dropFirst(2).first(where: { $0 != " " }), first.isUppercase else { return nil }
        return (String(digits), rest.dropFirst(2).trimmingCharacters(in: .whitespaces))
    }

    static func startsItem(_ line: String) -> Bool { itemLabel(line) != nil }

    /// `(a) To provide …` → ("a", "To provide …"); labels are letters or roman numerals.
    static func itemLabel(_ line: String) -> (label: String, text: String)? {
        guard line.hasPrefix("("), let close = line.firstIndex(of: ")") else { return nil }
        let label = line[line.index(after: line.startIndex)..<close]
        guard (1...5).contains(label.count), label.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return nil }
        let text = line[line.index(after: close)...]
        guard text.first == " " else { return nil }
        return (String(label), text.trimmingCharacters(in: .whitespaces))
    }

    static func normalized(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }

    static let romans: [String] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
        "xvi", "xvii", "xviii", "xix", "xx",
    ]

    /// The label after `label` in the alphabet (`a` → `b`), nil past `z` or for a longer label.
    static func nextLetter(_ label: String) -> String? {
        guard label.count == 1, let s = label.unicodeScalars.first, s.value < 0x7A else { return nil }
        return String(UnicodeScalar(s.value + 1)!)
    }

    // MARK: Reading the paragraphs

    /// The paragraphs after the organ's line, built block by block.
    struct Body {
        var runningTitle: String?
        var preamble: [ResolutionDocument.Paragraph] = []
        var operative: [ResolutionDocument.Paragraph] = []

        mutating func add(_ block: String) {
            // Page furniture: the running title repeated at a page break, a lone symbol or page number.
            if let runningTitle, normalized(block) == runningTitle { return }
            if printedSymbol(in: block) == block || block.allSatisfy({ $0.isNumber || $0 == "/" || $0 == " " }) { return }

            if let (number, text) = paragraphNumber(block) {
                operative.append(.init(number: number, text: text))
                return
            }
            if let (label, text) = itemLabel(block), lastParagraphExists {
                addItem(label: label, text: text)
                return
            }
            if continuesPrevious(block) {
                appendToLast(block)
                return
            }
            if operative.isEmpty {
                preamble.append(.init(number: nil, text: block))
            } else {
                operative.append(.init(number: nil, text: block))
            }
        }

        var lastParagraphExists: Bool { !(operative.isEmpty && preamble.isEmpty) }

        /// A block goes on the text before it when it starts in lower case, or when that text
        /// stops mid-sentence (no closing punctuation): a page break cut the paragraph.
        func continuesPrevious(_ block: String) -> Bool {
            guard let last = lastText, let first = block.first else { return false }
            if first.isLowercase { return true }
            guard let end = last.last else { return false }
            return !",;:.!?)”\"".contains(end) && !end.isNumber
        }

        var lastText: String? {
            let paragraph = operative.last ?? preamble.last
            guard let paragraph else { return nil }
            if let item = paragraph.items.last { return item.items.last?.text ?? item.text }
            return paragraph.text
        }

        mutating func appendToLast(_ block: String) {
            func join(_ a: inout String) {
                // A word hyphenated at the line end ("system- wide" stays as printed; "sys-" + "tem" joins).
                a = a.hasSuffix("-") && block.first?.isLowercase == true ? a + block : a + " " + block
            }
            func onParagraph(_ p: inout ResolutionDocument.Paragraph) {
                if !p.items.isEmpty {
                    let i = p.items.count - 1
                    if !p.items[i].items.isEmpty {
                        join(&p.items[i].items[p.items[i].items.count - 1].text)
                    } else {
                        join(&p.items[i].text)
                    }
                } else {
                    join(&p.text)
                }
            }
            if !operative.isEmpty {
                onParagraph(&operative[operative.count - 1])
            } else if !preamble.isEmpty {
                onParagraph(&preamble[preamble.count - 1])
            }
        }

        /// A lettered item goes on the paragraph; a roman one inside the last lettered item,
        /// unless it is that item's next letter (`(h)` then `(i)`).
        mutating func addItem(label: String, text: String) {
            func onParagraph(_ p: inout ResolutionDocument.Paragraph) {
                let item = ResolutionDocument.Item(label: label, text: text)
                if romans.contains(label), let last = p.items.last, !romans.contains(last.label) || !last.items.isEmpty,
                    nextLetter(last.label) != label
                {
                    p.items[p.items.count - 1].items.append(item)
                } else {
                    p.items.append(item)
                }
            }
            if !operative.isEmpty { onParagraph(&operative[operative.count - 1]) } else { onParagraph(&preamble[preamble.count - 1]) }
        }
    }
}
