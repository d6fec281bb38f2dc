/// A line-level check of a config file's keys, table headers and brackets before TOMLKit
/// reads it. The TOML parser under TOMLKit (toml++) asserts — aborting the program; in a
/// release build it assumes instead, which is undefined behaviour — on some malformed input
/// instead of reporting it: a header such as `[= …]` and a `}` closing an array (`[1,}`),
/// both found by scripts/fuzz. A typo in a config file must cost a message, not the browser.
/// Other value errors are left to the parser, which reports them.
enum TOMLKeyCheck {
    /// The 1-based line of the first malformed key or table header, or `nil`.
    static func firstBadLine(_ text: String) -> Int? {
        var open: [Character] = []   // [ and { of a value still open (it may go on for lines)
        var multiline: String?       // the """ or ''' of a multi-line string in progress
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Substring(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            if let fence = multiline {
                if line.components(separatedBy: fence).count % 2 == 0 { multiline = nil }
                continue
            }
            if !open.isEmpty {
                guard track(line, &open) else { return n + 1 }
                continue
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") {
                var inner = trimmed.dropFirst()
                if inner.hasPrefix("[") { inner = inner.dropFirst() }
                guard let end = inner.firstIndex(of: "]"), isKey(inner[..<end]) else { return n + 1 }
                continue
            }
            guard let (key, value) = splitKeyValue(trimmed), isKey(key) else { return n + 1 }
            for fence in ["\"\"\"", "'''"] where value.components(separatedBy: fence).count % 2 == 0 {
                multiline = fence
            }
            if multiline == nil { guard track(value, &open) else { return n + 1 } }
        }
        return nil
    }

    /// `key = value` split at the first `=` outside quotes.
    static func splitKeyValue(_ line: Substring) -> (Substring, Substring)? {
        var quote: Character?
        for index in line.indices {
            let c = line[index]
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c; continue }
            if c == "=" { return (line[..<index], line[line.index(after: index)...]) }
        }
        return nil
    }

    /// Dotted keys of bare (`A-Za-z0-9_-`) or quoted parts, spaces around the dots.
    static func isKey(_ key: Substring) -> Bool {
        var parts: [Substring] = []
        var current = Substring()
        var quote: Character?
        var start = key.startIndex
        for index in key.indices {
            let c = key[index]
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c; continue }
            if c == "." { parts.append(key[start..<index]); start = key.index(after: index) }
        }
        guard quote == nil else { return false }
        current = key[start...]
        parts.append(current)
        return parts.allSatisfy { part in
            let p = part.trimmingCharacters(in: [" ", "\t"])
            if p.count >= 2, let first = p.first, first == "\"" || first == "'", p.last == first { return true }
            return !p.isEmpty && p.unicodeScalars.allSatisfy { s in
                (s.value >= 0x30 && s.value <= 0x39) || ((s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A) || s == "_" || s == "-"
            }
        }
    }

    /// Follows the brackets and braces of a value outside strings and comments; `false` when
    /// one closes what it did not open (`[}`), which toml++ does not survive.
    static func track(_ text: Substring, _ open: inout [Character]) -> Bool {
        var quote: Character?
        var escaped = false
        for c in text {
            if let q = quote {
                // Basic strings ("…") take backslash escapes; literal ones ('…') do not.
                if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "#": return true
            case "[", "{": open.append(c)
            case "]", "}":
                guard let last = open.popLast(), (last == "[") == (c == "]") else { return false }
            default: break
            }
        }
        return true
    }
}
