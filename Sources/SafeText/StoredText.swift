/// What text from a document or a catalogue keeps when it is stored: line breaks and tabs,
/// never C0 or C1 controls, DEL, escape sequences or bidi overrides and isolates — also when
/// they come from an HTML entity such as `&#155;` or `&#x202E;`. Offsets in records count the
/// scalars of the stored text, so cleaning happens before anything is extracted from it.
public enum StoredText {
    /// `true` when `text` holds nothing `clean` would change (a byte scan).
    public static func isClean<S: StringProtocol>(_ text: S) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(isClean) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(isClean)
    }

    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var i = 0
        while i < bytes.count {
            // Eight bytes at a time while they are all printable ASCII (0x20…0x7E), the common case.
            if i + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
                // A byte < 0x20, ≥ 0x80, or 0x7F (≥ 0x80 once 1 is added) sets its high bit here.
                let suspect = ((word &- ones &* 0x20) & ~word & high) | (((word &+ ones) | word) & high)
                if suspect == 0 { i += 8; continue }
            }
            // Byte by byte up to the next eight; a sequence is checked from its lead byte.
            let stop = min(bytes.count, i + 8)
            while i < stop {
                let b = bytes[i]
                if b < 0x20 && b != 0x0A && b != 0x09 { return false }
                if b == 0x7F { return false }
                if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F { return false }
                // U+202A–U+202E: E2 80 AA–AE; U+2066–U+2069: E2 81 A6–A9; U+FEFF: EF BB BF.
                if b == 0xE2, i + 2 < bytes.count {
                    let (c, d) = (bytes[i + 1], bytes[i + 2])
                    if c == 0x80 && d >= 0xAA && d <= 0xAE { return false }
                    if c == 0x81 && d >= 0xA6 && d <= 0xA9 { return false }
                }
                if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return false }
                i += 1
            }
        }
        return true
    }

    /// Controls (but tab and newline), ANSI escape sequences and bidi controls removed; CRLF
    /// and a lone CR become a newline.
    public static func clean<S: StringProtocol>(_ text: S) -> String {
        if isClean(text) { return String(text) }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let v = scalars[i].value
            if v == 0x0D {
                out.append("\n")
                if i + 1 < scalars.count, scalars[i + 1].value == 0x0A { i += 1 }
            } else if v == 0x1B || v == 0x9B {
                // ESC [ … final byte (or CSI … final byte), ESC ] … BEL/ST, or ESC + one character.
                i += 1
                if v == 0x9B || (i < scalars.count && scalars[i] == "[") {
                    if v == 0x1B { i += 1 }
                    while i < scalars.count, !(scalars[i].value >= 0x40 && scalars[i].value <= 0x7E) { i += 1 }
                } else if i < scalars.count, scalars[i] == "]" {
                    while i < scalars.count, scalars[i].value != 0x07, scalars[i].value != 0x9C, scalars[i] != "\n" {
                        if scalars[i].value == 0x1B { i += 1; break }
                        i += 1
                    }
                }
                // An unterminated sequence never takes the line break with it.
                if i < scalars.count, scalars[i] == "\n" { i -= 1 }
            } else if v == 0x0A || v == 0x09 {
                out.append(scalars[i])
            } else if UnsafeScalars.isControl(v) || UnsafeScalars.isBidiControl(v) || v == 0xFEFF {
                // dropped
            } else {
                out.append(scalars[i])
            }
            i += 1
        }
        return String(out)
    }

    /// One line of stored text (a catalogue field, a title): `clean`, with tabs and line
    /// breaks as spaces.
    public static func cleanLine<S: StringProtocol>(_ text: S) -> String {
        let cleaned = clean(text)
        guard cleaned.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return cleaned }
        return String(String.UnicodeScalarView(cleaned.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
    }
}
