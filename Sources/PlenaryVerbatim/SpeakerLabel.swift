import Foundation

/// The words that open a verbatim turn, before its colon: "Mr. Nebenzia (Russian Federation)
/// (spoke in Russian)", "The President (spoke in French)", "The Secretary-General",
/// "President Abbas", "Dato Lim Jock Hoi". Pure parsing; delegations are resolved later.
public struct SpeakerLabel: Equatable, Sendable {
    /// The label as printed, without text that PDF extraction displaced into it.
    public var asPrinted: String
    /// Leading titles as printed: "Mr.", "Mrs.", "Monsignor", "President".
    public var honorifics: [String]
    /// The name after the titles; `nil` for "The President", "The Secretary-General".
    public var name: String?
    /// The office a label names: "President" for "The President" or "President Abbas".
    public var role: String?
    /// The delegation in parentheses as printed: "Russian Federation".
    public var affiliation: String?
    /// Language of "(spoke in French)".
    public var language: String?
    /// Speech text that the corpus's segmentation pushed inside the label ("(spoke I thank
    /// Mr. Spleeters for his briefing. in French)"); it belongs at the start of the speech.
    public var displaced: String?
    /// `true` for an office written with a title ("Mr. President") rather than "The President".
    public var addressesOffice = false

    /// Titles that stand before a name. Posts among them also become the person's role.
    static let titles: [String] = [
        "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron",
        "Monsignor", "Msgr.", "Archbishop", "Cardinal", "Bishop", "Reverend", "Rev.", "Father", "Sister",
        "Sheikh", "Sheikha", "Prince", "Princess", "King", "Queen", "Emir", "Crown Prince", "Madam", "Madame",
        "Dato", "Dato'", "Datuk", "Tan Sri", "Dato Sri", "Datin", "Tun", "Pehin",
        "H.E.", "His Excellency", "Her Excellency", "Professor", "Prof.", "Ambassador", "General", "Judge",
    ]

    /// Posts that, printed before a name, name the speaker's office ("President Abbas").
    static let posts: [String] = [
        "President", "Vice-President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister", "Minister",
        "Secretary-General", "Deputy Secretary-General", "High Commissioner", "Chancellor", "Governor",
    ]

    /// Lowercase words that belong inside names.
    static let nameParticles: Set<String> = [
        "de", "da", "del", "della", "der", "den", "van", "von", "bin", "binti", "ibn",
        "al", "el", "la", "le", "du", "dos", "das", "do", "y", "e", "of", "ould", "ag", "zu",
    ]

    /// Offices printed with "The" and no name.
    static let offices: [String: String] = [
        "the president": "President", "the acting president": "Acting President",
        "the secretary-general": "Secretary-General", "the deputy secretary-general": "Deputy Secretary-General",
        "the vice-president": "Vice-President", "the chair": "Chair", "the chairman": "Chairman",
        "the chairperson": "Chairperson", "the temporary president": "Temporary President",
    ]

    /// Parses the text before a turn's colon, or `nil` when it cannot be a speaker label.
    /// `strict` (labels found inside running text) also requires a title, an office or a
    /// delegation, so "In favour: Belgium, …" is not taken for a speaker.
    public static func parse(_ raw: String, strict: Bool = false) -> SpeakerLabel? {
        guard let label = parseLenient(raw) else { return nil }
        if strict, label.addressesOffice || (label.honorifics.isEmpty && label.role == nil && label.affiliation == nil) { return nil }
        return label
    }

    static func parseLenient(_ raw: String) -> SpeakerLabel? {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 220 else { return nil }
        var affiliation: String?
        var language: String?
        var displaced: String?
        var printed: [String] = []

        // Peel parenthesised notes off the end: "(spoke in French)", then "(Russian Federation)".
        while text.hasSuffix(")"), let open = matchingOpen(text) {
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingCharacters(in: .whitespaces)
            text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
            if let note = languageNote(inner) {
                language = note.language
                displaced = note.displaced
                printed.insert("(spoke in \(note.language))", at: 0)
            } else if affiliation == nil, !inner.isEmpty {
                affiliation = inner
                printed.insert("(\(inner))", at: 0)
            } else {
                return nil
            }
        }
        guard !text.isEmpty, !text.contains("("), !text.contains(")") else { return nil }
        var label = SpeakerLabel(
            asPrinted: ([text] + printed).joined(separator: " "), honorifics: [], name: nil,
            role: nil, affiliation: affiliation, language: language, displaced: displaced)

        if let office = offices[text.lowercased()] {
            label.role = office
            return label
        }
        // A label is a name, not a sentence: few words, no sentence punctuation outside titles.
        let words = text.split(separator: " ")
        guard words.count <= 8, !text.contains(where: { ";!?,\"“”".contains($0) }) else { return nil }
        var rest = Substring(text)
        var progressed = true
        while progressed {
            progressed = false
            for title in (titles + posts).sorted(by: { $0.count > $1.count }) where rest.hasPrefix(title + " ") {
                label.honorifics.append(title)
                if posts.contains(title), label.role == nil { label.role = title }
                rest = rest.dropFirst(title.count + 1).drop { $0 == " " }
                progressed = true
                break
            }
        }
        let name = String(rest).trimmingCharacters(in: .whitespaces)
        // "Mr. President" names the office with a title instead of "The". In running text it is
        // how speakers address the chair, so only a part's opening label may be written so.
        if let office = offices["the " + name.lowercased()] {
            label.role = office
            label.addressesOffice = true
            return label
        }
        guard !name.isEmpty, let first = name.unicodeScalars.first, first.properties.isUppercase else { return nil }
        // A name is capitalised words ("Gamba de Potgieter" keeps its particles); a period only
        // follows an initial ("Yousef A. Al-Othaimeen"). "Allow me to begin" is no name.
        let nameWords = name.split(separator: " ")
        guard nameWords.count <= 6 else { return nil }
        for w in nameWords {
            if w.contains("."), w.count > 3 { return nil }
            if let c = w.unicodeScalars.first, !c.properties.isUppercase, !nameParticles.contains(String(w)) { return nil }
        }
        label.name = name
        return label
    }

    /// "spoke in French", "interpretation from French", and the corpus's broken "spoke <text> in French".
    static func languageNote(_ inner: String) -> (language: String, displaced: String?)? {
        let lower = inner.lowercased()
        for prefix in ["spoke in ", "interpretation from ", "spoke in the "] where lower.hasPrefix(prefix) {
            let language = String(inner.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            if isLanguage(language) { return (language, nil) }
        }
        if lower.hasPrefix("spoke "), let r = inner.range(of: " in ", options: .backwards) {
            let language = String(inner[r.upperBound...]).trimmingCharacters(in: .whitespaces)
            let middle = String(inner[inner.index(inner.startIndex, offsetBy: 6)..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            if isLanguage(language), !middle.isEmpty { return (language, middle) }
        }
        return nil
    }

    /// One capitalised word: "French", "Arabic".
    static func isLanguage(_ s: String) -> Bool {
        guard !s.isEmpty, s.count <= 20, !s.contains(" "), let first = s.unicodeScalars.first else { return false }
        return first.properties.isUppercase && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }

    /// The index of the "(" that the final ")" closes.
    static func matchingOpen(_ text: String) -> String.Index? {
        var depth = 0
        var i = text.endIndex
        while i > text.startIndex {
            i = text.index(before: i)
            if text[i] == ")" {
                depth += 1
            } else if text[i] == "(" {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }
}
