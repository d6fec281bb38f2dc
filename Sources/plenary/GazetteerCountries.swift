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

    /// Every state's short name, official name and aliases, for the browser's screens and `:country`.
    static func names() -> CountryNames {
        CountryNames(Gazetteer.countriesOnly.countries.values.map { country in
            CountryNames.Entry(code: country.code, name: country.name, aliases: [country.official].compactMap { $0 } + (country.aliases ?? []))
        })
    }

    /// A state's short name for its code, for citation lines.
    static func name(_ code: String) -> String? { Gazetteer.countriesOnly.countries[code]?.name }
}
