import Foundation

/// Case and diacritic folding of single scalars, the key of every match: "Türkiye",
/// "TURKIYE" and "turkiye" fold alike; curly quotes and dashes fold to their ASCII forms.
public enum Folding {
    /// Folded form of one scalar; ASCII stays on the fast path.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x80 { return ascii[Int(v)] }
        return nonASCII(scalar)
    }

    /// Folded forms of the 128 ASCII scalars, made once.
    private static let ascii: [String] = (0..<128).map { v in
        let s = Unicode.Scalar(UInt8(v))
        return v >= 0x41 && v <= 0x5A ? String(Unicode.Scalar(UInt8(v + 32))) : String(s)
    }

    /// Lowercased ASCII byte for an ASCII scalar, `nil` otherwise.
    @inline(__always)
    static func asciiLower(_ v: UInt32) -> UInt8? {
        if v >= 0x41 && v <= 0x5A { return UInt8(v + 32) }
        if v < 0x80 { return UInt8(v) }
        return nil
    }

    private static let table: [UInt32: String] = {
        var t: [UInt32: String] = [
            0x0131: "i", 0x0141: "l", 0x0142: "l", 0x00D8: "o", 0x00F8: "o", 0x0110: "d", 0x0111: "d",
            0x00DF: "ss", 0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe", 0x00DE: "th", 0x00FE: "th",
            0x2018: "'", 0x2019: "'", 0x02BC: "'", 0x201C: "\"", 0x201D: "\"", 0x00AB: "\"", 0x00BB: "\"",
            0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
            0x00A0: " ", 0x202F: " ", 0x2009: " ", 0x2002: " ", 0x2003: " ", 0x2007: " ",
        ]
        // Latin-1 Supplement and Latin Extended-A/B: the diacritics of state and personal names.
        for v in UInt32(0xC0)...UInt32(0x24F) where t[v] == nil {
            guard let s = Unicode.Scalar(v) else { continue }
            let folded = String(s).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            t[v] = folded
        }
        return t
    }()

    private static func nonASCII(_ scalar: Unicode.Scalar) -> String {
        if let f = table[scalar.value] { return f }
        if scalar.properties.isAlphabetic { return String(scalar).lowercased() }
        return String(scalar)
    }

    /// Folds a whole string; used for gazetteer keys and short phrases, not for documents.
    public static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars { out += fold(s) }
        return out
    }

    /// `true` for scalars that belong inside a word (letters, digits, combining marks).
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if v == 0x00A0 || (v >= 0x2000 && v <= 0x206F) || v == 0x00AB || v == 0x00BB || v == 0x00B7 || v == 0x00A9 { return false }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0x0C || v == 0x0B || v == 0x00A0 || v == 0x202F
            || (v >= 0x2000 && v <= 0x200B) || v == 0x3000 || v == 0xFEFF
    }
}
