/// How the Security Council adopted a resolution, as the catalogue prints it: a tally
/// `15-0-0` (in favour, against, abstaining), "adopted unanimously" or "adopted without vote".
public struct CatalogVote: Codable, Equatable, Sendable, CustomStringConvertible {
    /// The cell as printed.
    public var text: String
    public var inFavour: Int?
    public var against: Int?
    public var abstaining: Int?

    public init(text: String) {
        self.text = text
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) {
            inFavour = Int(parts[0])
            against = Int(parts[1])
            abstaining = Int(parts[2])
        }
    }

    /// `true` when the text is a tally.
    public var isTally: Bool { inFavour != nil }

    /// "15-0-0 (15 in favour, 0 against, 0 abstaining)", or the words as printed.
    public var description: String {
        guard let f = inFavour, let a = against, let s = abstaining else { return text }
        return "\(text) (\(f) in favour, \(a) against, \(s) abstaining)"
    }
}
