/// A participant of a meeting. `name` is `nil` for speakers the text does not name
/// ("the representative of France"); they are still people with a role and affiliation.
public struct Person: Codable, Equatable, Sendable {
    public var id: String
    public var name: String?
    public var honorifics: [String]
    public var role: String?
    /// ISO3 code of the state, or acronym of the organisation, the person speaks for.
    public var of: String?

    public init(id: String, name: String?, honorifics: [String] = [], role: String? = nil, of: String? = nil) {
        self.id = id
        self.name = name
        self.honorifics = honorifics
        self.role = role
        self.of = of
    }

    /// What a reader sees: the name, or the role and affiliation of an unnamed speaker.
    public var displayName: String {
        if let name { return name }
        let role = self.role ?? "Representative"
        if let of { return "\(role) (\(of))" }
        return role
    }

    /// The name, or for an unnamed speaker the role and the delegation by name:
    /// "President — Viet Nam (VNM)".
    public func displayName(countryName: (String) -> String?) -> String {
        if let name { return name }
        let role = self.role ?? "Representative"
        if let of { return "\(role) — \(CountryLabel.label(of, countryName: countryName))" }
        return role
    }

    enum CodingKeys: String, CodingKey { case id, name, honorifics, role, of }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        honorifics = try c.decodeIfPresent([String].self, forKey: .honorifics) ?? []
        role = try c.decodeIfPresent(String.self, forKey: .role)
        of = try c.decodeIfPresent(String.self, forKey: .of)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(honorifics, forKey: .honorifics)
        try c.encode(role, forKey: .role)
        try c.encode(of, forKey: .of)
    }
}
