/// Something in a meeting that leads elsewhere: a delegation, a speaker, a cited
/// resolution, a mentioned country. Tab moves among them in reading order.
public struct DocumentLink: Equatable, Sendable {
    public enum Target: Equatable, Sendable {
        case country(String)
        case organization(String)
        case person(id: String, name: String)
        case citation(symbol: String?, surface: String, verb: String?)
    }

    public var target: Target
    /// The block of the meeting document the link is in, and its span there (scalars).
    public var block: Int
    public var range: Range<Int>

    /// One line for the status bar when the link is focused.
    public var summary: String {
        switch target {
        case .country(let code): return "Country \(code)"
        case .organization(let acronym): return "Organisation \(acronym)"
        case .person(_, let name): return "Speaker \(name)"
        case .citation(let symbol, let surface, let verb):
            let what = symbol ?? "\(surface) (symbol not identified)"
            return verb.map { "\(what), cited “\($0)”" } ?? what
        }
    }
}
