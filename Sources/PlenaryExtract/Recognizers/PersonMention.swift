/// A place in a block where a participant is reported: by name, as an unnamed representative,
/// by pronoun, or by role ("The Minister also …").
public struct PersonMention: Sendable, Equatable {
    public enum Kind: String, Sendable { case named, unnamed, pronoun, roleAnaphor, surname }

    public var kind: Kind
    /// The name as shown, without honorifics; `nil` for unnamed, pronoun and role mentions.
    public var name: String?
    public var honorifics: [String]
    public var role: String?
    /// ISO3 code or organisation acronym.
    public var of: String?
    /// An unnamed mention through "delegation" rather than "representative".
    public var isDelegation: Bool
    /// Part of a group sentence ("The representatives of India, Mexico and Norway also spoke").
    public var isGroup: Bool
    public var start: Int
    public var end: Int
    public var firstToken: Int
    /// The words that introduced the person, as printed.
    public var attribution: String
    public var rule: String
    /// Further posts of the same person ("… and Chairperson of the Permanent Council").
    public var otherRoles: [String] = []
    /// Index of the sentence within the block.
    public var sentence = 0
}
