import Foundation

/// YAML front matter (`---` … `---` at the top of a text file, as harvesters and pandoc write
/// it) → `DocumentMetadata` and the body after it. Only the YAML that such headers use is read:
/// `key: value` lines with plain, single- or double-quoted scalars (folded over lines) and
/// `- item` lists. Anything else between the fences means it is not front matter.
enum FrontMatter {
    struct Split: Equatable {
        var metadata: DocumentMetadata
        /// Values by key, in the order written; lists joined by newlines.
        var fields: [String: String]
        /// The text after the closing fence.
        var body: Substring
    }

    static func split(_ text: String) -> Split? {
        // Byte prefilter: the text must open with a fence line.
        guard text.utf8.starts(with: "---".utf8) else { return nil }
        var lines: [Substring] = []
        var rest = text[...]
        var closed = false
        var first = true
        while !rest.isEmpty, lines.count < 400 {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[rest.startIndex..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            let trimmed = line.trimmingTrailingSpaces
            if first {
                guard trimmed == "---" else { return nil }
                first = false
                continue
            }
            if trimmed == "---" || trimmed == "..." { closed = true; break }
            lines.append(line)
        }
        guard closed, let fields = parse(lines) else { return nil }
        return Split(metadata: metadata(fields), fields: Dictionary(fields, uniquingKeysWith: { a, _ in a }), body: rest)
    }

    /// `key: value` pairs; nil when a line fits none of the forms front matter uses.
    static func parse(_ lines: [Substring]) -> [(String, String)]? {
        var out: [(String, String)] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { i += 1; continue }
            if line.first == "#" { i += 1; continue }
            guard let first = line.first, first != " ", first != "\t", first != "-",
                let colon = line.firstIndex(of: ":")
            else { return nil }
            let key = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, !key.contains(" ") || key.count < 30 else { return nil }
            var value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            i += 1
            // Continuation lines: indented (or list items under an empty value).
            var continuation: [Substring] = []
            while i < lines.count, let c = lines[i].first, c == " " || c == "\t" || (c == "-" && value.isEmpty) {
                continuation.append(lines[i])
                i += 1
            }
            if value.isEmpty, continuation.contains(where: { $0.drop { $0 == " " }.first == "-" }) {
                let items = continuation.compactMap { l -> String? in
                    let t = l.drop { $0 == " " || $0 == "\t" }
                    guard t.first == "-" else { return nil }
                    return scalar(t.dropFirst().drop { $0 == " " }, continuation: [])
                }
                out.append((key, items.joined(separator: "\n")))
                continue
            }
            if value.isEmpty, continuation.isEmpty { out.append((key, "")); continue }
            if value.isEmpty { value = continuation.removeFirst().drop { $0 == " " || $0 == "\t" } }
            out.append((key, scalar(value, continuation: continuation)))
        }
        return out
    }

    /// One scalar value: double-quoted (escapes, `\` line joins), single-quoted (`''`), or plain.
    static func scalar(_ first: Substring, continuation: [Substring]) -> String {
        let lines = [first] + continuation.map { $0.drop { $0 == " " || $0 == "\t" } }
        switch first.first {
        case "\"": return doubleQuoted(lines)
        case "'":
            var joined = lines.map { String($0.trimmingTrailingSpaces) }.joined(separator: " ")
            joined.removeFirst()
            if joined.hasSuffix("'") { joined.removeLast() }
            return joined.replacingOccurrences(of: "''", with: "'")
        default:
            return lines.map { String($0.trimmingTrailingSpaces) }.joined(separator: " ")
        }
    }

    /// YAML double-quoted scalar: a line break is a space unless a `\` ends the line; `\_` (a
    /// non-breaking space) is written as a plain space, as titles are compared as printed.
    static func doubleQuoted(_ lines: [Substring]) -> String {
        var out = String.UnicodeScalarView()
        var scalars: [Unicode.Scalar] = []
        for (n, line) in lines.enumerated() {
            var l = Array((n == 0 ? line.dropFirst() : line).unicodeScalars)
            while let last = l.last, last == " " || last == "\t" { l.removeLast() }
            scalars += l
            if n < lines.count - 1 {
                if scalars.last == "\\" && !endsInEscapedBackslash(scalars) { scalars.removeLast() } else { scalars.append(" ") }
            }
        }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\"" { break }
            guard s == "\\", i + 1 < scalars.count else { out.append(s); i += 1; continue }
            let e = scalars[i + 1]
            i += 2
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "_", " ": out.append(" ")
            case "0": break
            case "N": out.append(" ")
            case "x", "u", "U":
                let width = e == "x" ? 2 : e == "u" ? 4 : 8
                let hex = String(String.UnicodeScalarView(scalars[i..<min(i + width, scalars.count)]))
                if let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) { out.append(u) }
                i += width
            default: out.append(e)
            }
        }
        return collapseSpaces(String(out))
    }

    private static func endsInEscapedBackslash(_ s: [Unicode.Scalar]) -> Bool {
        var n = 0
        for c in s.reversed() { if c == "\\" { n += 1 } else { break } }
        return n % 2 == 0
    }

    static func collapseSpaces(_ s: String) -> String {
        s.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    static func metadata(_ fields: [(String, String)]) -> DocumentMetadata {
        func value(_ key: String) -> String? {
            fields.first { $0.0.lowercased() == key }.map(\.1).flatMap { $0.isEmpty ? nil : $0 }
        }
        var m = DocumentMetadata()
        m.title = value("title")
        m.published = [value("date"), value("published_time"), value("published")].compactMap { $0.flatMap(isoDate) }.first
        m.sourceURL = value("source_url") ?? value("url")
        let creators = value("creators") ?? value("author") ?? value("authors")
        m.creators = creators.map { $0.split(separator: "\n").map(String.init) } ?? []
        m.publisher = value("source") ?? value("publisher")
        return m
    }

    /// `yyyy-MM-dd` at the start of a value ("2021-05-10 13:30:02-04:00" too).
    static func isoDate(_ s: String) -> String? {
        let u = Array(s.utf8.prefix(10))
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D,
            [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ u[$0] >= 0x30 && u[$0] <= 0x39 })
        else { return nil }
        if s.utf8.count > 10, let next = s.utf8.dropFirst(10).first, next >= 0x30, next <= 0x39 { return nil }
        return String(decoding: u, as: UTF8.self)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let l = s.last, l == " " || l == "\t" || l == "\u{00A0}" { s.removeLast() }
        return s
    }
}
