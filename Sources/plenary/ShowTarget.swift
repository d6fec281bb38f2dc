import PlenaryModel

/// What `plenary show` was asked for: a meeting id, `person:<id>`, or a resolution
/// (`S/RES/822`, `S/RES/822 (1993)`, `res:822`). Meeting ids never contain `:` or `/`.
enum ShowTarget: Equatable {
    case meeting(String)
    case person(String)
    case resolution(ResolutionQuery)

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
        return .meeting(text)
    }
}
