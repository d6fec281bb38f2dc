/// What the compiler asks about filter values it cannot judge from the query alone: which
/// countries a name means, which people a speaker's name means, whether an organisation or a
/// cited symbol is known. `nil` (or `false`) means the value names nothing known, and the
/// query is an error (`QueryError.unknownValue`) carrying `suggest`'s closest known name.
/// Injected by `SearchIndex`, which answers from its tables and the gazetteer; pure tests
/// pass closures.
public struct FilterResolver: Sendable {
    /// ISO3 codes a country name or code stands for; empty when unknown.
    public var countries: @Sendable (String) -> [String]
    /// The meeting-local person ids (`speaker` tags) a name stands for; `nil` when unknown,
    /// empty to match the words of speakers' names instead.
    public var speakers: @Sendable (String) -> [String]?
    /// `true` when an organisation convenes some meeting of the store.
    public var organization: @Sendable (String) -> Bool
    /// `true` when the citation key (`TagToken.citationKey`) is cited somewhere.
    public var citation: @Sendable (String) -> Bool
    /// The closest known value to an unknown one, for "did you mean": (field, value) → text.
    public var suggest: @Sendable (String, String) -> String?
    /// The indexed exact terms a prefix stands for (`ExactTerms`), so the compiler can write
    /// them out; `nil` leaves the prefix to FTS5.
    public var prefixTerms: @Sendable (String) -> [String]?

    public init(
        countries: @escaping @Sendable (String) -> [String],
        speakers: @escaping @Sendable (String) -> [String]? = { _ in [] },
        organization: @escaping @Sendable (String) -> Bool = { _ in true },
        citation: @escaping @Sendable (String) -> Bool = { _ in true },
        suggest: @escaping @Sendable (String, String) -> String? = { _, _ in nil },
        prefixTerms: @escaping @Sendable (String) -> [String]? = { _ in nil }
    ) {
        self.countries = countries
        self.speakers = speakers
        self.organization = organization
        self.citation = citation
        self.suggest = suggest
        self.prefixTerms = prefixTerms
    }
}
