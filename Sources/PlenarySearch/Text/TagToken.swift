/// Filter values (speaker ids, country codes, speaking delegations, organisations, cited symbols) indexed as single
/// tokens of the `tags` column, so a filter is one more term FTS5 intersects rather than a
/// join. Any value maps to a token of `[a-z0-9]`: bytes outside `a-y0-9` are written as `z`
/// plus two hex digits, which keeps the mapping one-to-one. The trailing `0` keeps the porter
/// stemmer away from the token.
public enum TagToken {
    public enum Field: String, Sendable {
        case speaker = "s", country = "n", organization = "o", citation = "k", delegation = "d"
    }

    public static func token(_ field: Field, _ value: String) -> String {
        var out = "z" + field.rawValue
        let hex = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        for byte in value.lowercased().utf8 {
            if (byte >= 0x61 && byte <= 0x79) || (byte >= 0x30 && byte <= 0x39) {
                bytes.append(byte)
            } else {
                bytes.append(0x7A)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
        return out + "0"
    }

    /// The keys a cited symbol is found under: the whole canonical symbol, the symbol without
    /// its year or session suffix, and for Security Council resolutions the bare number,
    /// so `cites:822`, `cites:S/RES/822` and `cites:"S/RES/822 (1993)"` all find it.
    public static func citationKeys(_ symbol: String) -> [String] {
        let full = citationKey(symbol)
        var keys = [full]
        if let paren = full.firstIndex(of: "(") {
            let base = String(full[..<paren])
            keys.append(base)
            if base.hasPrefix("S/RES/") { keys.append(String(base.dropFirst(6))) }
        }
        return keys
    }

    /// A symbol as the user or the record writes it, reduced to one comparable key:
    /// uppercase, no spaces.
    public static func citationKey(_ text: String) -> String {
        String(text.uppercased().unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
