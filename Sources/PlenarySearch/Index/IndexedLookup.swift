import PlenaryRegistry

/// `LinkedLookup` over a search index's cross-meeting tables. A failed read (the index
/// interrupted, damaged or gone) answers like an empty store; the next `SearchIndex.open`
/// or refresh rebuilds what is damaged.
public struct IndexedLookup: LinkedLookup {
    public let index: SearchIndex

    public init(_ index: SearchIndex) { self.index = index }

    public func person(id: String) -> RegistryPerson? { (try? index.person(id: id)) ?? nil }
    public func people(of affiliation: String) -> [RegistryPerson] { (try? index.people(of: affiliation)) ?? [] }
    public func people(matching query: String) -> [RegistryPerson] { (try? index.people(matching: query)) ?? [] }
    public func statements(of personID: String) -> [StatementRef] { (try? index.statements(of: personID)) ?? [] }
    public func personID(meeting: String, local: String) -> String? { (try? index.personID(meeting: meeting, local: local)) ?? nil }
    public func citations(of symbol: String) -> [CitationRef] { (try? index.citations(of: symbol)) ?? [] }
    public func citations(ofResolution number: Int) -> [CitationRef] { (try? index.citations(ofResolution: number)) ?? [] }
}
