import Foundation

/// Turns what a user writes after `country:` into ISO 3166-1 alpha-3 codes. Injected, so the
/// extractor's gazetteer can stand behind it when it is there; without one, the index answers
/// from the country names written in the records themselves (attendance lists).
public protocol CountryResolving: Sendable {
    /// Codes `name` may stand for; empty when unknown. `name` is as typed.
    func countryCodes(for name: String) -> [String]
    /// `true` when `code` is an ISO 3166-1 alpha-3 code the resolver knows.
    func knowsCode(_ code: String) -> Bool
    /// The known country name closest to an unknown `name`, shown as "Libya (LBY)"; `nil` when none is close.
    func closestCountry(to name: String) -> String?
    /// `true` when the gazetteer behind the resolver knows the organisation (`OIC`), so
    /// `org:OIC` on a store without its meetings is "no match", not an unknown value.
    func knowsOrganization(_ acronym: String) -> Bool
    /// The usual name of the state with this ISO3 code ("Russian Federation" for RUS), indexed
    /// beside its delegates' names so `russia libya` finds what its delegation said.
    func countryName(for code: String) -> String?
}

extension CountryResolving {
    public func knowsCode(_ code: String) -> Bool { false }
    public func closestCountry(to name: String) -> String? { nil }
    public func knowsOrganization(_ acronym: String) -> Bool { false }
    public func countryName(for code: String) -> String? { nil }
}

/// A fixed alias table, keys compared after `CountryAliases.normalize`.
public struct CountryAliases: CountryResolving {
    private let table: [String: [String]]

    public init(_ aliases: [String: [String]]) {
        var table: [String: [String]] = [:]
        for (name, codes) in aliases {
            let key = CountryAliases.normalize(name)
            table[key, default: []].append(contentsOf: codes.map { $0.uppercased() })
        }
        self.table = table.mapValues { Array(Set($0)).sorted() }
    }

    public func countryCodes(for name: String) -> [String] { table[CountryAliases.normalize(name)] ?? [] }

    /// Case and diacritics folded, words joined by one space, a leading "the" dropped:
    /// "the Republic of  Türkiye" → "republic of turkiye".
    public static func normalize(_ name: String) -> String {
        var words = WordTokenizer.tokens(name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased())
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
