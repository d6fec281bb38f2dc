import Foundation

/// Case- and diacritic-insensitive matching for filters, done on UTF-8 bytes so a filter
/// over 100,000 meetings stays within a keystroke's budget.
public enum TextFolding {
    /// Lowercased, diacritics removed, as UTF-8 bytes.
    public static func fold(_ text: String) -> [UInt8] {
        // Most titles are ASCII: lowercase them byte by byte, Foundation only for the rest.
        var ascii: [UInt8] = []
        ascii.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte >= 0x80 { return foldUnicode(text) }
            ascii.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return ascii
    }

    private static func foldUnicode(_ text: String) -> [UInt8] {
        Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased().utf8)
    }

    /// The query's words, each folded; all must occur (in any order).
    public static func words(_ query: String) -> [[UInt8]] {
        query.split(whereSeparator: \.isWhitespace).map { fold(String($0)) }.filter { !$0.isEmpty }
    }

    /// `true` when every word occurs in `haystack`.
    public static func matchesAll(_ words: [[UInt8]], in haystack: [UInt8]) -> Bool {
        words.allSatisfy { contains($0, in: haystack) }
    }

    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0 else { return true }
        guard n <= h else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let first = pin[0]
                var i = 0
                let last = h - n
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < n && hay[i + j] == pin[j] { j += 1 }
                        if j == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
