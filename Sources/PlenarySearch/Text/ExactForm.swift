/// Exact (unstemmed) word forms kept in the same FTS5 table as the stemmed text.
///
/// SQLite's porter stemmer only rewrites tokens that end in certain letter suffixes, so a
/// token whose letters are each followed by `0` ("c0e0a0s0e0") passes through it untouched —
/// and so does every prefix of it that ends on a letter boundary. One table can then answer
/// stemmed words, exact phrases and exact prefixes in a single MATCH expression.
public enum ExactForm {
    /// The indexed form of one word: each scalar followed by `0`.
    public static func encode(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            out.append(scalar)
            out.append("0")
        }
        return String(out)
    }

    /// The word an indexed form stands for, or `nil` when `term` is not an exact form.
    public static func decode(_ term: String) -> String? {
        var out = String.UnicodeScalarView()
        var expectZero = false
        for scalar in term.unicodeScalars {
            if expectZero {
                guard scalar == "0" else { return nil }
            } else {
                out.append(scalar)
            }
            expectZero.toggle()
        }
        return expectZero || out.isEmpty ? nil : String(out)
    }

    /// The whole exact column of a paragraph: the encoded words separated by spaces.
    /// Works on UTF-8 bytes (ASCII without decoding): it runs over every paragraph of a build.
    public static func column(for text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count * 2)
            var inWord = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) {
                        out.append(b)
                        out.append(0x30)
                        inWord = true
                    } else if inWord {
                        out.append(0x20)
                        inWord = false
                    }
                    i += 1
                    continue
                }
                // A multi-byte scalar: its length from the lead byte.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                let end = min(i + length, bytes.count)
                var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in (i + 1)..<end { value = (value << 6) | (UInt32(bytes[k]) & 0x3F) }
                if let scalar = Unicode.Scalar(value), WordTokenizer.isWordScalar(scalar) {
                    out.append(contentsOf: bytes[i..<end])
                    out.append(0x30)
                    inWord = true
                } else if inWord {
                    out.append(0x20)
                    inWord = false
                }
                i = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
