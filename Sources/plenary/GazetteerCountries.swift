import PlenaryBrowser
import PlenaryExtract
import PlenarySearch

/// `country:` in search queries answered by the extractor's gazetteer, so every alias works
/// (`country:Turkey` = `country:Türkiye` = `country:TUR`), and ambiguous names ("Congo")
/// widen to every state they may mean rather than guessing one.
/// The gazetteer is loaded on the first `country:` filter, not on every search.
struct GazetteerCountries: CountryResolving {
    func countryCodes(for name: String) -> [String] {
        let gazetteer = Gazetteer.countriesOnly
        var words = PhraseMatcher<CountryRef>.words(of: name)
        if words.first == "the" { words.removeFirst() }
        switch gazetteer.countryNames.payload(forWords: words) {
        case .country(let code)?: return [code]
        case .ambiguous(let codes)?: return codes
        case nil: return []
        }
    }

    /// Loads the whole gazetteer, but only for an organisation no meeting of the store has.
    func knowsOrganization(_ acronym: String) -> Bool {
        Gazetteer.shared.organizations[acronym.uppercased()] != nil
    }

    func countryName(for code: String) -> String? { GazetteerCountries.name(code.uppercased()) }

    func knowsCode(_ code: String) -> Bool { Gazetteer.countriesOnly.countries[code.uppercased()] != nil }

    /// The gazetteer's name or alias nearest `name` (at most two edits, three for long names).
    func closestCountry(to name: String) -> String? {
        let typed = CountryAliases.normalize(name)
        let limit = typed.count <= 4 ? 1 : typed.count <= 8 ? 2 : 3
        var best: (Int, String)?
        for (code, country) in Gazetteer.countriesOnly.countries {
            for alias in [country.name] + (country.aliases ?? []) {
                guard let d = EditDistance.distance(typed, CountryAliases.normalize(alias), limit: limit) else { continue }
                let shown = "\(country.name) (\(code))"
                if best == nil || (d, shown) < best! { best = (d, shown) }
            }
        }
        return best?.1
    }

    /// Every state's short name, official name and aliases, for the browser's screens and `:country`.
    static func names() -> CountryNames {
        CountryNames(
            Gazetteer.countriesOnly.countries.values.map { country in
                CountryNames.Entry(
                    code: country.code, name: country.name, aliases: [country.official].compactMap { $0 } + (country.aliases ?? []))
            })
    }

    /// A state's short name for its code, for citation lines.
    static func name(_ code: String) -> String? { Gazetteer.countriesOnly.countries[code]?.name }
}
