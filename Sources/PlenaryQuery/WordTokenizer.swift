/// Splits text into words the way SQLite's `unicode61` tokenizer does: runs of letters,
/// marks and digits; everything else separates. Offsets count Unicode scalars, the unit of
/// every offset in the record format.
public enum WordTokenizer {
    public struct Word: Equatable, Sendable {
        public var text: String
        /// Scalar offsets in the tokenized string, end exclusive.
        public var start: Int
        public var end: Int
    }

    public static func words(_ text: String) -> [Word] {
        var result: [Word] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(Word(text: String(current), start: start, end: offset))
                current = String.UnicodeScalarView()
            }
            offset += 1
        }
        if !current.isEmpty { result.append(Word(text: String(current), start: start, end: offset)) }
        return result
    }

    /// The words alone, for callers that need no offsets.
    public static func tokens(_ text: String) -> [String] { words(text).map(\.text) }

    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }
}
