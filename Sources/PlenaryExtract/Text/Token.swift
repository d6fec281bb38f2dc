/// One word, number or punctuation mark of a text, with its scalar offsets.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation }

    public var kind: Kind
    /// Scalar offsets in the tokenized text, end exclusive.
    public var start: Int
    public var end: Int
    /// Lowercased, diacritics removed; punctuation folded to ASCII (’ → ', – → -).
    public var folded: String
    /// First letter is uppercase in the original.
    public var isCapitalized: Bool
    /// Every letter is uppercase (and there is more than one).
    public var isAllCaps: Bool
    /// Whitespace stands right before the token.
    public var spaceBefore: Bool

    public var isWord: Bool { kind != .punctuation }
}
