import Foundation

/// Name comparison that survives honorifics, case, diacritics and transliteration:
/// "Al-Othaimeen" and "Al-Uthaymeen", "Nebenzia" and "Nebenzya" meet. Pure.
public enum NameKey {
    /// Articles and particles that transliterations write, join or drop at will.
    static let particles: Set<String> = [
        "al", "el", "ul", "as", "ad", "ar", "an", "at", "az", "ash", "bin", "ben", "ibn", "bint", "de", "van", "von", "der", "den", "da",
        "di", "du", "la", "le",
    ]
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "he", "h", "e", "his", "her", "excellency", "hon", "honourable",
        "monsignor", "sheikh", "sheikha", "dato", "datuk",
    ]

    /// Folded tokens of a name without titles and particles: "H.E. Dr. Yousef A. Al-Othaimeen" → ["yousef", "a", "othaimeen"].
    public static func tokens(_ name: String) -> [String] {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var tokens: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        let kept = tokens.filter { !particles.contains($0) && !titles.contains($0) }
        return kept.isEmpty ? tokens : kept
    }

    /// A spelling-insensitive skeleton of one token: digraphs simplified, vowels (and y, w
    /// between letters) dropped after a generic initial vowel, doubled consonants merged.
    /// "othaimeen" and "uthaymeen" → "*tmn".
    public static func skeleton(_ token: String) -> String {
        var s = token
        for (from, to) in [
            ("ph", "f"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("ck", "k"), ("q", "k"), ("j", "y"), ("z", "s"),
        ] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "w", "h"]
        var out = ""
        var last: Character?
        for (i, c) in s.enumerated() {
            if i == 0 {
                out.append(vowels.contains(c) && c != "h" && c != "w" && c != "y" ? "*" : c)
                last = c
                continue
            }
            if vowels.contains(c) { last = nil; continue }
            if c != last { out.append(c) }
            last = c
        }
        return out
    }

    /// `true` when two names can be one person's: the last names agree in skeleton and every
    /// other token of the shorter name matches one of the longer (an initial matches a word).
    public static func compatible(_ a: [String], _ b: [String]) -> Bool {
        guard let la = a.last, let lb = b.last, skeleton(la) == skeleton(lb) else { return false }
        let (short, long) = a.count <= b.count ? (a.dropLast(), b.dropLast()) : (b.dropLast(), a.dropLast())
        var remaining = Array(long)
        for t in short {
            guard
                let i = remaining.firstIndex(where: { w in
                    t.count == 1 || w.count == 1 ? w.first == t.first : skeleton(w) == skeleton(t)
                })
            else { return false }
            remaining.remove(at: i)
        }
        return true
    }
}
