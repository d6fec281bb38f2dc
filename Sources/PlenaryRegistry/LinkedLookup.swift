/// The questions the browser's linked screens ask about people and citations across meetings.
/// `Registry` answers them from memory (tests, a fixed list of meetings); the search index's
/// cross-meeting tables answer them from disk, page by page, for a store (`IndexedLookup`).
public protocol LinkedLookup: Sendable {
    func person(id: String) -> RegistryPerson?
    /// The people speaking for a state or organisation, most statements first.
    func people(of affiliation: String) -> [RegistryPerson]
    func people(matching query: String) -> [RegistryPerson]
    /// Every statement of a person, oldest first.
    func statements(of personID: String) -> [StatementRef]
    /// The registry id of a meeting's local person id.
    func personID(meeting: String, local: String) -> String?
    /// Paragraphs citing a canonical symbol (or `title:` words), oldest first.
    func citations(of symbol: String) -> [CitationRef]
    /// Paragraphs citing Security Council resolution `number` under any year, oldest first.
    func citations(ofResolution number: Int) -> [CitationRef]
}

extension Registry: LinkedLookup {}
