/// Why parts could not become a verbatim meeting; each reads as one line after the file name.
public enum VerbatimError: Error, Equatable, Sendable, CustomStringConvertible {
    case noTurns
    case undated(symbol: String?)

    public var description: String {
        switch self {
        case .noTurns:
            return "no speaker turns found (a verbatim record starts turns with labels such as \"Mr. Nebenzia (Russian Federation):\")"
        case .undated(let symbol?):
            return
                "\(symbol) prints no date and is not in the store's catalogue; import the catalogue first (plenary catalog import meetings.tsv)"
        case .undated(nil):
            return "the record prints no date and names no S/PV symbol the catalogue could date"
        }
    }
}
