import PlenaryModel

/// One person across meetings: the merged appearances of a name (or an unnamed office) with
/// one affiliation. Ids are slugs of the fullest name and the affiliation: `nebenzia-rus`.
public struct RegistryPerson: Codable, Equatable, Sendable {
    /// A role the person held, with the first and last meeting dates it was seen.
    public struct Role: Codable, Equatable, Sendable {
        public var role: String
        public var from: String
        public var to: String
    }

    public var id: String
    /// The fullest name seen; `nil` for an unnamed office ("The President").
    public var name: String?
    /// Every spelling seen, most frequent first.
    public var variants: [String]
    public var honorifics: [String]
    /// ISO3 code or organisation acronym.
    public var of: String?
    public var roles: [Role]
    public var statements: Int
    public var meetings: Int
    public var firstDate: String
    public var lastDate: String

    /// "Mr. Nebenzia (RUS)", "President (VNM)".
    public var displayName: String {
        of.map { "\(baseName) (\($0))" } ?? baseName
    }

    /// "Mr. Nebenzia — Russian Federation (RUS)", "The President — Viet Nam (VNM)": the
    /// delegation by name where the caller knows it.
    public func displayName(countryName: (String) -> String?) -> String {
        guard let of, countryName(of) != nil else { return displayName }
        return "\(baseName) — \(CountryLabel.label(of, countryName: countryName))"
    }

    /// "Mr. Nebenzia", else the office as a title: "Foreign Minister Mammadyarov", "The President".
    private var baseName: String {
        guard let name else { return "The " + (roles.last?.role ?? "Speaker") }
        let title = honorifics.first ?? roles.last?.role
        return ([title].compactMap { $0 } + [name]).joined(separator: " ")
    }
}
