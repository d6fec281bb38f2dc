/// Counted nouns for messages: "1 speaker", "2 speakers", "1 meeting file", "0 people".
/// One place, so no message says "1 speakers" or "(1 meeting files)".
public enum Plural {
    /// `n` and the noun, singular for exactly one. `plural` defaults to the noun plus "s"
    /// (for a noun phrase, the "s" goes on its last word: "meeting file" → "meeting files").
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    /// "is"/"are" agreeing with `n`: "There is 1 item", "There are 2 items".
    public static func be(_ n: Int) -> String { n == 1 ? "is" : "are" }
}
