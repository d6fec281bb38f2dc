/// What a country name points to: one state, or several when the name alone cannot tell
/// ("Congo", "Korea", "Guinea" read bare in some texts) — those are never guessed.
public enum CountryRef: Sendable, Equatable {
    case country(String)
    case ambiguous([String])

    public var code: String? {
        if case .country(let c) = self { return c }
        return nil
    }
}
