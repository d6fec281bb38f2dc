/// The JSON shapes of the gazetteer resources (Sources/PlenaryExtract/Gazetteers/).
public enum GazetteerData {
    public struct Country: Codable, Sendable {
        public var code: String
        public var name: String
        public var official: String?
        public var aliases: [String]?
        public var demonyms: [String]?
        public var status: String?
    }

    public struct Ambiguous: Codable, Sendable {
        public var alias: String
        public var candidates: [String]
    }

    public struct Organ: Codable, Sendable {
        public var name: String
        public var aliases: [String]?
    }

    public struct Organization: Codable, Sendable {
        public var acronym: String
        public var name: String
        public var aliases: [String]?
        public var organs: [Organ]?
    }

    public struct Honorific: Codable, Sendable {
        public var form: String
        public var variants: [String]?
    }

    public struct Post: Codable, Sendable {
        public var role: String
        public var aliases: [String]?
    }
}
