import Foundation

/// The closed sets the extractor matches against: states, organisations and their organs,
/// honorifics and posts. Built once from the JSON resources; immutable and shareable.
public final class Gazetteer: Sendable {
    public struct OrganizationRef: Sendable, Equatable {
        public var acronym: String
        /// The organ's name when the phrase names an organ ("Council of Foreign Ministers").
        public var organ: String?
        /// Acronyms match only as written in capitals ("AU", not "au").
        public var capitalsOnly: Bool
    }

    public let countries: [String: GazetteerData.Country]
    public let organizations: [String: GazetteerData.Organization]
    public let countryNames: PhraseMatcher<CountryRef>
    public let demonyms: PhraseMatcher<String>
    public let organizationNames: PhraseMatcher<OrganizationRef>
    /// Canonical honorific forms in their canonical order, each with its variants' words.
    public let honorifics: [(form: String, variants: [[String]])]
    public let posts: PhraseMatcher<String>
    /// First words of every state, organisation and demonym name: one lookup rules out most capitalised words.
    public let nameInitials: Set<String>
    /// Problems met while loading resources (missing or unreadable files); empty when all loaded.
    public let loadProblems: [String]

    /// The gazetteer built from the bundled resources.
    public static let shared: Gazetteer = Gazetteer(resourceDirectory: Bundle.module.url(forResource: "Gazetteers", withExtension: nil))

    /// States and their names only (no organisations, honorifics or posts): what a search's
    /// `country:` filter needs, in a fraction of the loading time.
    public static let countriesOnly: Gazetteer = Gazetteer(
        resourceDirectory: Bundle.module.url(forResource: "Gazetteers", withExtension: nil),
        countriesOnly: true)

    public convenience init(resourceDirectory: URL?, countriesOnly: Bool = false) {
        var problems: [String] = []
        func load<T: Decodable>(_ name: String, as: T.Type) -> [T] {
            guard let dir = resourceDirectory else { problems.append("\(name): no resource folder"); return [] }
            let url = dir.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: url) else { problems.append("\(name): missing"); return [] }
            do { return try JSONDecoder().decode([T].self, from: data) } catch {
                problems.append("\(name): \(error)")
                return []
            }
        }
        self.init(
            countries: load("countries.json", as: GazetteerData.Country.self),
            ambiguous: load("ambiguous.json", as: GazetteerData.Ambiguous.self),
            organizations: countriesOnly ? [] : load("organizations.json", as: GazetteerData.Organization.self),
            honorifics: countriesOnly ? [] : load("honorifics.json", as: GazetteerData.Honorific.self),
            posts: countriesOnly ? [] : load("posts.json", as: GazetteerData.Post.self),
            problems: problems)
    }

    public init(
        countries: [GazetteerData.Country], ambiguous: [GazetteerData.Ambiguous],
        organizations: [GazetteerData.Organization], honorifics: [GazetteerData.Honorific],
        posts: [GazetteerData.Post], problems: [String] = []
    ) {
        var byCode: [String: GazetteerData.Country] = [:]
        var names = PhraseMatcher<CountryRef>()
        var demonymMatcher = PhraseMatcher<String>()
        func addName(_ raw: String, _ code: String) {
            let words = Gazetteer.stripThe(PhraseMatcher<CountryRef>.words(of: raw))
            guard !words.isEmpty else { return }
            if let existing = names.payload(forWords: words) {
                if existing.code != code {
                    // Two states share the name: keep both and never guess.
                    var codes: [String]
                    switch existing {
                    case .country(let c): codes = [c]
                    case .ambiguous(let cs): codes = cs
                    }
                    if !codes.contains(code) { codes.append(code) }
                    names.update(words: words) { $0 = .ambiguous(codes) }
                }
                return
            }
            names.add(words: words, .country(code))
        }
        for c in countries {
            byCode[c.code] = c
            addName(c.name, c.code)
            if let o = c.official { addName(o, c.code) }
            for a in c.aliases ?? [] { addName(a, c.code) }
            for d in c.demonyms ?? [] {
                demonymMatcher.add(d, c.code)
                // "Nigeriens Abroad": the people, in the plural.
                if !d.hasSuffix("s") { demonymMatcher.add(d + "s", c.code) }
            }
        }
        for a in ambiguous {
            let words = Gazetteer.stripThe(PhraseMatcher<CountryRef>.words(of: a.alias))
            if names.payload(forWords: words) != nil {
                names.update(words: words) { $0 = .ambiguous(a.candidates) }
            } else {
                names.add(words: words, .ambiguous(a.candidates))
            }
        }

        var orgs: [String: GazetteerData.Organization] = [:]
        var orgNames = PhraseMatcher<OrganizationRef>()
        // Organ names shared by several organisations ("Secretary-General", "Secretariat") name none of them alone.
        var organOwners: [[String]: Set<String>] = [:]
        for o in organizations {
            for organ in o.organs ?? [] {
                for n in [organ.name] + (organ.aliases ?? []) {
                    organOwners[Gazetteer.stripThe(PhraseMatcher<String>.words(of: n)), default: []].insert(o.acronym)
                }
            }
        }
        for o in organizations {
            orgs[o.acronym] = o
            orgNames.add(
                words: Gazetteer.stripThe(PhraseMatcher<String>.words(of: o.name)),
                OrganizationRef(acronym: o.acronym, organ: nil, capitalsOnly: false))
            orgNames.add(o.acronym, OrganizationRef(acronym: o.acronym, organ: nil, capitalsOnly: true))
            for a in o.aliases ?? [] {
                let isAcronym = a.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
                orgNames.add(
                    words: Gazetteer.stripThe(PhraseMatcher<String>.words(of: a)),
                    OrganizationRef(acronym: o.acronym, organ: nil, capitalsOnly: isAcronym))
            }
            for organ in o.organs ?? [] {
                let organWords = Gazetteer.stripThe(PhraseMatcher<String>.words(of: organ.name))
                if organOwners[organWords, default: []].count == 1 {
                    orgNames.add(words: organWords, OrganizationRef(acronym: o.acronym, organ: organ.name, capitalsOnly: false))
                }
                for a in organ.aliases ?? []
                where organOwners[Gazetteer.stripThe(PhraseMatcher<String>.words(of: a)), default: []].count == 1 {
                    let isAcronym = a.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
                    orgNames.add(
                        words: Gazetteer.stripThe(PhraseMatcher<String>.words(of: a)),
                        OrganizationRef(acronym: o.acronym, organ: organ.name, capitalsOnly: isAcronym))
                }
            }
        }

        // Honorifics and posts: the resources first, then the built-in baseline for anything missing.
        var hon: [(form: String, variants: [[String]])] = []
        for h in honorifics + Gazetteer.baselineHonorifics where !hon.contains(where: { $0.form == h.form }) {
            var variants = [PhraseMatcher<String>.words(of: h.form)]
            for v in h.variants ?? [] { variants.append(PhraseMatcher<String>.words(of: v)) }
            hon.append((h.form, variants.filter { !$0.isEmpty }.sorted { $0.count > $1.count }))
        }
        var postMatcher = PhraseMatcher<String>()
        for p in posts + Gazetteer.baselinePosts {
            postMatcher.add(p.role, p.role)
            for a in p.aliases ?? [] { postMatcher.add(a, p.role) }
        }

        self.countries = byCode
        self.countryNames = names
        self.demonyms = demonymMatcher
        self.organizations = orgs
        self.organizationNames = orgNames
        self.honorifics = hon
        self.posts = postMatcher
        self.nameInitials = names.firstWords.union(orgNames.firstWords).union(demonymMatcher.firstWords)
        self.loadProblems = problems
    }

    static func stripThe(_ words: [String]) -> [String] {
        words.first == "the" ? Array(words.dropFirst()) : words
    }

    /// Honorifics every document of the genre uses; the resource file may add more.
    static let baselineHonorifics: [GazetteerData.Honorific] = [
        .init(form: "H.E.", variants: ["H. E.", "His Excellency", "Her Excellency"]),
        .init(form: "H.H.", variants: ["His Highness", "Her Highness"]),
        .init(form: "H.R.H.", variants: ["His Royal Highness", "Her Royal Highness"]),
        .init(form: "H.M.", variants: ["His Majesty", "Her Majesty"]),
        .init(form: "Dr.", variants: ["Dr", "Doctor"]),
        .init(form: "Prof.", variants: ["Prof", "Professor"]),
        .init(form: "Mr.", variants: ["Mr"]),
        .init(form: "Ms.", variants: ["Ms"]),
        .init(form: "Mrs.", variants: ["Mrs"]),
        .init(form: "Sheikh", variants: ["Shaikh", "Sheikha", "Shaikha"]),
        .init(form: "Sayyid", variants: ["Sayed", "Sayyed"]),
        .init(form: "Prince", variants: ["Princess"]),
        .init(form: "King", variants: ["Queen"]),
        .init(form: "Ambassador", variants: []),
        .init(form: "Makhdoom", variants: []),
    ]

    /// Posts with their short role: the resource file may add more.
    static let baselinePosts: [GazetteerData.Post] = [
        .init(
            role: "Foreign Minister",
            aliases: [
                "Minister of Foreign Affairs", "Minister for Foreign Affairs",
                "Foreign Affairs Minister", "Minister of External Affairs",
            ]),
        .init(role: "Secretary General", aliases: []),
        .init(role: "Secretary-General", aliases: []),
        .init(role: "Deputy Secretary-General", aliases: ["Deputy Secretary General"]),
        .init(role: "Assistant Secretary-General", aliases: ["Assistant Secretary General"]),
        .init(role: "Under-Secretary-General", aliases: []),
        .init(role: "President", aliases: []),
        .init(role: "Vice-President", aliases: ["Vice President"]),
        .init(role: "Prime Minister", aliases: []),
        .init(role: "Deputy Prime Minister", aliases: []),
        .init(role: "Minister of State", aliases: []),
        .init(role: "Minister", aliases: []),
        .init(role: "Permanent Representative", aliases: []),
        .init(role: "Deputy Permanent Representative", aliases: []),
        .init(role: "Special Representative", aliases: []),
        .init(role: "Special Envoy", aliases: []),
        .init(role: "High Representative", aliases: []),
        .init(role: "Commissioner", aliases: []),
        .init(role: "Chairperson", aliases: []),
        .init(role: "Chairman", aliases: []),
        .init(role: "Chair", aliases: []),
        .init(role: "Head of Delegation", aliases: []),
        .init(role: "Director-General", aliases: ["Director General"]),
        .init(role: "Crown Prince", aliases: []),
        .init(role: "Ambassador", aliases: []),
    ]
}
