/// The one sanitiser between text from outside (documents, catalogues, file names, command
/// arguments) and a terminal, a clipboard or a pager. Text is data: it can never move the
/// cursor, set a title, write the clipboard (OSC 52), reset the terminal or reorder a line.
///
/// - C0 controls show as their Control Pictures (`ESC` → `␛`, `NUL` → `␀`), DEL as `␡`;
///   tab, newline and carriage return are a space on one line; with `keepingNewlines`
///   (multi-line output such as tables) a tab and a newline stay, CRLF becomes a newline
///   and a lone CR is a newline;
/// - C1 controls (U+0080–U+009F, CSI U+009B among them) show as `�`;
/// - bidi overrides and isolates, and other invisible format characters, are removed;
///   U+2028/U+2029 are line breaks like a newline.
///
/// The browser's `DisplayWidth` draws with the same rules cluster by cluster.
public enum TerminalSafeText {
    /// `true` when `text` holds nothing to replace.
    public static func isClean<S: StringProtocol>(_ text: S, keepingNewlines: Bool = false) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ isClean(utf8: $0, keepingNewlines: keepingNewlines) }) {
            return answer
        }
        return !text.unicodeScalars.contains {
            replacement(for: $0, keepingNewlines: keepingNewlines) != nil && !(keepingNewlines && $0 == "\n")
        }
    }

    /// `isClean` for a `String`, not generic: called for every field of every output line
    /// (five per line of a 34,000-line timeline), where the generic one, not specialised
    /// across the module boundary, cost a tenth of the command.
    public static func isClean(_ text: String, keepingNewlines: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { isClean(utf8: $0, keepingNewlines: keepingNewlines) }
    }

    /// The byte scan behind `isClean`: whole outputs (a 30,000-line timeline) pass through it,
    /// so printable ASCII costs a comparison a byte and only other scalars are decoded.
    private static func isClean(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingNewlines: Bool) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if b >= 0x20 && b < 0x7F { i += 1; continue }
            if b < 0x80 {
                if keepingNewlines && (b == 0x0A || b == 0x09) { i += 1; continue }
                return false
            }
            // Valid UTF-8 (a Swift string): the lead byte says how long the scalar is.
            let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            guard i + length <= count else { return false }
            var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            guard let scalar = Unicode.Scalar(value) else { return false }
            if replacement(for: scalar, keepingNewlines: keepingNewlines) != nil { return false }
            i += length
        }
        return true
    }

    /// The visible form of one scalar: `nil` when it is shown as it is.
    @inline(__always)
    public static func replacement(for scalar: Unicode.Scalar, keepingNewlines: Bool = false) -> String? {
        let v = scalar.value
        if v < 0x20 {
            switch v {
            case 0x09: return keepingNewlines ? nil : " "  // a tab only moves right; one-line text gets a space
            case 0x0A, 0x0D: return keepingNewlines ? "\n" : " "
            default: return String(Unicode.Scalar(0x2400 + v)!)
            }
        }
        if v < 0x7F { return nil }
        if v == 0x7F { return "\u{2421}" }
        if v <= 0x9F { return "\u{FFFD}" }
        if v == 0x2028 || v == 0x2029 { return keepingNewlines ? "\n" : " " }
        if UnsafeScalars.isInvisibleFormat(scalar) { return "" }
        return nil
    }

    /// `make` for a `String`: the text itself when it is clean (see `isClean(_: String)`).
    public static func make(_ text: String, keepingNewlines: Bool = false) -> String {
        if isClean(text, keepingNewlines: keepingNewlines) { return text }
        return replaced(text, keepingNewlines: keepingNewlines)
    }

    /// `text` made safe to print; `keepingNewlines` keeps line breaks (for multi-line output).
    public static func make<S: StringProtocol>(_ text: S, keepingNewlines: Bool = false) -> String {
        if isClean(text, keepingNewlines: keepingNewlines) { return String(text) }
        return replaced(text, keepingNewlines: keepingNewlines)
    }

    private static func replaced<S: StringProtocol>(_ text: S, keepingNewlines: Bool) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if keepingNewlines && scalar == "\n" && previousCR { previousCR = false; continue }
            previousCR = scalar == "\r"
            if let replacement = replacement(for: scalar, keepingNewlines: keepingNewlines) {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `true` when `text` holds a character a terminal would act on or that reorders text
    /// (for tests and checks): C0 controls (newline and tab allowed with `allowingNewlines`), DEL, C1, bidi controls.
    public static func containsUnsafe<S: StringProtocol>(_ text: S, allowingNewlines: Bool = true) -> Bool {
        text.unicodeScalars.contains { s in
            let v = s.value
            if allowingNewlines && (v == 0x0A || v == 0x09) { return false }
            return UnsafeScalars.isControl(v) || UnsafeScalars.isBidiControl(v)
        }
    }
}
