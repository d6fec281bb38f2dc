import Foundation

/// Meeting ids: `[a-z0-9-]+`, derived from date and body, safe as file names.
public enum MeetingID {
    public static let maximumLength = 120

    /// `true` when `id` matches `[a-z0-9-]+`, does not start with `-` and fits a file name.
    /// Such an id can never name a path outside the store: no `/`, `.`, NUL or `..`.
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= maximumLength, id.utf8.first != UInt8(ascii: "-") else { return false }
        return id.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        }
    }

    /// Lowercases, folds diacritics and joins words with `-`: "Contact Group on Jammu & Kashmir"
    /// → "contact-group-on-jammu-kashmir". Truncates at a word boundary.
    public static func slug(_ text: String, maxLength: Int = 60) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = ""
        for word in words {
            let candidate = slug.isEmpty ? word : slug + "-" + word
            if candidate.count > maxLength { break }
            slug = candidate
        }
        if slug.isEmpty, let first = words.first { slug = String(first.prefix(maxLength)) }
        return slug
    }

    /// The id of a meeting: its date followed by the slug of its body or title.
    public static func make(date: String, name: String) -> String {
        let slug = slug(name)
        return slug.isEmpty ? date : "\(date)-\(slug)"
    }
}
