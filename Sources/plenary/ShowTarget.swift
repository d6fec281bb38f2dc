import PlenaryModel

/// What `plenary show` was asked for: a meeting id, `person:<id>`, a Security Council
/// resolution (`S/RES/822`, `S/RES/822 (1993)`, `res:822`) or another resolution by its
/// canonical symbol (`A/RES/80/10`, `A/RES/ES-11/1`). Meeting ids never contain `:` or `/`.
enum ShowTarget: Equatable {
    case meeting(String)
    case person(String)
    case resolution(ResolutionQuery)
    case symbol(String)

    static func parse(_ text: String) throws -> ShowTarget {
        let lower = text.lowercased()
        if lower.hasPrefix("person:") {
            let id = String(text.dropFirst("person:".count)).trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { throw CommandFailure.usage("person: needs an id (see plenary speakers)") }
            return .person(id)
        }
        if lower.hasPrefix("res:") || lower.hasPrefix("s/res/") {
            guard let query = ResolutionQuery.parse(text) else {
                throw CommandFailure.usage("\(text): not a resolution (write S/RES/822, S/RES/822 (1993) or res:822)")
            }
            return .resolution(query)
        }
        if lower.hasPrefix("a/res/") {
            let symbol = "A/RES/" + text.dropFirst("a/res/".count).trimmingCharacters(in: .whitespaces).uppercased()
            guard CitationSymbol.isCanonical(symbol) else {
                throw CommandFailure.usage("\(Console.safe(text)): not a resolution symbol (write A/RES/80/10 or A/RES/ES-11/1)")
            }
            return .symbol(symbol)
        }
        return .meeting(text)
    }
}
