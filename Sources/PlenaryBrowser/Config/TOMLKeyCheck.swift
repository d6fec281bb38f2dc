/// A line-level check of a config file's keys, table headers and brackets before TOMLKit
/// reads it. The TOML parser under TOMLKit (toml++) asserts — aborting the program; in a
/// release build it assumes instead, which is undefined behaviour — on some malformed input
/// instead of reporting it: a header such as `[= …]` and a `}` closing an array (`[1,}`),
/// both found by scripts/fuzz. A typo in a config file must cost a message, not the browser.
/// Other value errors are left to the parser, which reports them.
enum TOMLKeyCheck {
    /// Where a scan of a value stands at the end of a line: the `[` and `{` still open (a
    /// value may go on for lines) and the multi-line string in progress, if any.
    struct ValueState {
        var open: [Character] = []
        var multiline: Fence?
        var isComplete: Bool { open.isEmpty && multiline == nil }
    }

    /// The delimiter of a multi-line string: `"""` takes backslash escapes, `'''` does not.
    enum Fence: Equatable { case basic, literal }

    /// The 1-based line of the first malformed key or table header, or `nil`.
    static func firstBadLine(_ text: String) -> Int? {
        var state = ValueState()
        // "\r\n" is one Character in Swift: split on scalars so Windows line ends count too.
        for (n, scalars) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let raw = Substring(scalars)
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if !state.isComplete {
                guard scan(Array(line), &state) else { return n + 1 }
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
            guard scan(Array(value), &state) else { return n + 1 }
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
        var quote: Character?
        var start = key.startIndex
        for index in key.indices {
            let c = key[index]
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c; continue }
            if c == "." { parts.append(key[start..<index]); start = key.index(after: index) }
        }
        guard quote == nil else { return false }
        parts.append(key[start...])
        return parts.allSatisfy { part in
            let p = part.trimmingCharacters(in: [" ", "\t"])
            if p.count >= 2, let first = p.first, first == "\"" || first == "'", p.last == first { return true }
            return !p.isEmpty
                && p.unicodeScalars.allSatisfy { s in
                    (s.value >= 0x30 && s.value <= 0x39) || ((s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A) || s == "_" || s == "-"
                }
        }
    }

    /// Follows one line of a value — strings of all four kinds, comments, brackets and braces —
    /// carrying an open multi-line string or bracket to the next line. `false` when a bracket
    /// closes what it did not open (`[}`), which toml++ does not survive, or a one-line string
    /// runs to the end of its line. A fence inside a string (`"a'''b"`) is not the start of a
    /// multi-line string: taking it for one hid the next line (`[`, another toml++ assertion).
    static func scan(_ chars: [Character], _ state: inout ValueState) -> Bool {
        var i = 0
        func fence(_ q: Character) -> Bool { i + 2 < chars.count && chars[i] == q && chars[i + 1] == q && chars[i + 2] == q }
        while i < chars.count {
            if let open = state.multiline {
                let q: Character = open == .basic ? "\"" : "'"
                if open == .basic && chars[i] == "\\" { i += 2; continue }
                if fence(q) {
                    state.multiline = nil
                    i += 3
                    while i < chars.count && chars[i] == q { i += 1 }  // up to two quotes may end the content
                } else {
                    i += 1
                }
                continue
            }
            let c = chars[i]
            switch c {
            case "\"", "'":
                if fence(c) { state.multiline = c == "\"" ? .basic : .literal; i += 3; continue }
                i += 1
                while i < chars.count && chars[i] != c {
                    i += (c == "\"" && chars[i] == "\\") ? 2 : 1
                }
                guard i < chars.count else { return false }
            case "#":
                return true
            case "[", "{":
                state.open.append(c)
            case "]", "}":
                guard let last = state.open.popLast(), (last == "[") == (c == "]") else { return false }
            default:
                break
            }
            i += 1
        }
        return true
    }
}
