/// Markdown inline markup → the words as printed: emphasis marks (`**x**`, `*x*`, `_x_`),
/// backslash escapes (`\-`, `\[`), code ticks, inline HTML tags (`<u>`, `<sup>`), links and
/// pandoc spans (`[text](url)`, `[text]{.underline}`, images dropped). Runs of ASCII spaces
/// become one; non-breaking spaces stay as written.
enum MarkdownInline {
    static func plain(_ text: some StringProtocol) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func isWordChar(_ k: Int) -> Bool {
            k >= 0 && k < s.count && (s[k].properties.isAlphabetic || s[k].properties.numericType != nil)
        }
        while i < s.count {
            let c = s[i]
            switch c {
            case "\\":
                if i + 1 < s.count, s[i + 1].isASCII, s[i + 1].value > 0x20, !s[i + 1].properties.isAlphabetic,
                    s[i + 1].properties.numericType == nil
                {
                    out.append(s[i + 1])
                    i += 2
                } else if i + 1 == s.count {
                    i += 1
                } else {
                    out.append(c)
                    i += 1
                }
                continue
            case "*", "`":
                i += 1
                continue
            case "_":
                // Intraword underscores are text ("snake_case"); at a word edge they are emphasis.
                if isWordChar(i - 1) && isWordChar(i + 1) { out.append(c) }
                i += 1
                continue
            case "<":
                if let end = tagEnd(s, from: i) { i = end; continue }
            case "!":
                if i + 1 < s.count, s[i + 1] == "[", let (_, end) = bracketed(s, from: i + 1) { i = end; continue }
            case "[":
                if let (inner, end) = bracketed(s, from: i) {
                    out.append(contentsOf: plain(String(String.UnicodeScalarView(inner))).unicodeScalars)
                    i = end
                    continue
                }
            default:
                break
            }
            out.append(c)
            i += 1
        }
        return collapse(String(out))
    }

    /// `<u>`, `</u>`, `<sup>`, `<br/>`, `<span class="x">`: the index after `>`, or nil when `<` is text.
    static func tagEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var k = i + 1
        if k < s.count, s[k] == "/" { k += 1 }
        guard k < s.count, s[k].isASCII, s[k].properties.isAlphabetic else { return nil }
        while k < s.count, k - i < 200 {
            if s[k] == ">" { return k + 1 }
            if s[k] == "<" || s[k] == "\n" { return nil }
            k += 1
        }
        return nil
    }

    /// `[inner](target)` or `[inner]{attributes}`: the inner scalars and the index after the target.
    static func bracketed(_ s: [Unicode.Scalar], from i: Int) -> ([Unicode.Scalar], Int)? {
        var depth = 0
        var k = i
        while k < s.count {
            if s[k] == "\\" { k += 2; continue }
            if s[k] == "[" { depth += 1 }
            if s[k] == "]" { depth -= 1; if depth == 0 { break } }
            k += 1
        }
        guard k + 1 < s.count, depth == 0 else { return nil }
        let close: Unicode.Scalar = s[k + 1] == "(" ? ")" : s[k + 1] == "{" ? "}" : "\0"
        guard close != "\0", let end = s[(k + 2)...].firstIndex(of: close) else { return nil }
        return (Array(s[(i + 1)..<k]), end + 1)
    }

    static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pending = false
        for u in s.unicodeScalars {
            if u == " " || u == "\t" || u == "\n" {
                pending = !out.isEmpty
            } else {
                if pending { out.append(" "); pending = false }
                out.append(u)
            }
        }
        return String(out)
    }
}
