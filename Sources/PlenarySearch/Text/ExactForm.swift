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
    public static func column(for text: String) -> String {
        var out = String.UnicodeScalarView()
        var inWord = false
        for scalar in text.unicodeScalars {
            if WordTokenizer.isWordScalar(scalar) {
                out.append(scalar)
                out.append("0")
                inWord = true
            } else if inWord {
                out.append(" ")
                inWord = false
            }
        }
        return String(out)
    }
}
