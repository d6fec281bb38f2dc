import PlenaryModel

/// What `plenary show` was asked for: a meeting id, `person:<id>`, a Security Council
/// resolution (`S/RES/822`, `S/RES/822 (1993)`, `res:822`) or another instrument by its
/// canonical symbol (`A/RES/80/10`, `A/RES/ES-11/1`, `S/PRST/2020/1`, `OIC/10/44-POL`). Meeting ids never contain `:` or `/`.
enum ShowTarget: Equatable {
    case meeting(String)
    case person(String)
    /// `country:AZE`: an ISO3 code or organisation acronym.
    case country(String)
    case resolution(ResolutionQuery)
    case symbol(String)

    static func parse(_ text: String) throws -> ShowTarget {
        let lower = text.lowercased()
        if lower.hasPrefix("person:") {
            let id = String(text.dropFirst("person:".count)).trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { throw CommandFailure.usage("person: needs an id (see plenary speakers)") }
            return .person(id)
        }
        if lower.hasPrefix("country:") {
            let code = String(text.dropFirst("country:".count)).trimmingCharacters(in: .whitespaces).uppercased()
            guard !code.isEmpty, code.count <= 12, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw CommandFailure.usage("country: needs an ISO 3166-1 alpha-3 code or an organisation acronym (country:AZE)")
            }
            return .country(code)
        }
        if lower.hasPrefix("res:") || lower.hasPrefix("s/res/") {
            guard let query = ResolutionQuery.parse(text) else {
                throw CommandFailure.usage("\(text): not a resolution (write S/RES/822, S/RES/822 (1993) or res:822)")
            }
            return .resolution(query)
        }
        // Every other symbol the browser's :resolution takes: GA resolutions (A/RES/80/10,
        // A/RES/ES-11/1, A/RES/3379 (XXX)), presidential statements (S/PRST/2020/1), OIC resolutions.
        if lower.hasPrefix("a/res/") || lower.hasPrefix("s/prst/") || lower.hasPrefix("oic/") {
            let symbol = text.trimmingCharacters(in: .whitespaces).uppercased()
            guard CitationSymbol.isCanonical(symbol) else {
                throw CommandFailure.usage(
                    "\(Console.safe(text)): not a symbol (write A/RES/80/10, A/RES/ES-11/1, A/RES/3379 (XXX), S/PRST/2020/1 or OIC/10/44-POL)"
                )
            }
            return .symbol(symbol)
        }
        return .meeting(text)
    }
}
