/// The whole-document steps of resolving people, run once every block has been read: whose
/// delegation an unqualified post belongs to, and which named people a group sentence reports.
extension PeopleResolver {
    /// A post held "of" a state somewhere in the document: "the President of Lebanon", "Lebanese President".
    struct QualifiedPost: Equatable {
        var role: String
        var country: String
    }

    /// "President Sleiman" with no state: the state the document ties that post to when it names exactly
    /// one ("JOINT STATEMENT WITH THE PRESIDENT OF LEBANON"), else the publishing government's when the post
    /// is a state's ("President Biden" in a White House readout). Secretariat posts stay the organisation's.
    mutating func completeAffiliations(qualified: [QualifiedPost], publisher: String?) {
        // "The Prime Minister met with Joe Biden …" in a release of a government that never names its
        // Prime Minister: that government's unnamed holder of the post (a state's post, not a secretariat's).
        if let publisher {
            for (m, block) in unresolvedRoles {
                guard let role = m.role, m.of == nil || m.of == publisher else { continue }
                let wanted = Self.normalizedRole(role)
                if Extractor.organizationPosts.contains(where: { wanted.contains($0) }) { continue }
                let namedHolder = people.contains { person in
                    guard person.name != nil, person.of == publisher, let r = person.role else { return false }
                    return Self.normalizedRole(r) == wanted
                }
                if namedHolder { continue }
                var unnamed = m
                unnamed.kind = .unnamed
                unnamed.of = publisher
                unnamed.rule = "anaphora.publisher"
                let holder = people.indices.first { i in
                    let person = people[i]
                    guard person.name == nil, person.of == publisher, let r = person.role else { return false }
                    return Self.normalizedRole(r) == wanted
                }
                if let p = holder {
                    if !people[p].blocks.contains(block) {
                        people[p].blocks.append(block); spans.append((block, p, m.start, m.end, unnamed.rule))
                    }
                } else {
                    people.append(Resolved(name: nil, words: [], honorifics: [], role: role, of: publisher, blocks: [block]))
                    spans.append((block, people.count - 1, m.start, m.end, unnamed.rule))
                }
            }
        }
        for p in people.indices where people[p].of == nil {
            guard let role = people[p].role else { continue }
            let wanted = Self.normalizedRole(role)
            if Extractor.organizationPosts.contains(where: { wanted.contains($0) }) { continue }
            let taken = Set(people.filter { $0.role.map(Self.normalizedRole) == wanted }.compactMap(\.of))
            let states = Set(qualified.filter { Self.normalizedRole($0.role) == wanted && !taken.contains($0.country) }.map(\.country))
            if states.count == 1 {
                people[p].of = states.first
            } else if let publisher, states.isEmpty, !taken.contains(publisher),
                people.firstIndex(where: { $0.of == nil && $0.role.map(Self.normalizedRole) == wanted }) == p
            {
                // The first unqualified holder of the post: a release opens with its own government's people.
                people[p].of = publisher
            }
        }
    }

    /// A group sentence ("Leaders from Argentina, Australia …", "the Presidents of Kazakhstan …") reports
    /// every named participant of each state it names, wherever in the document they are named; an
    /// unnamed participant stands for a state only when nobody of that state is named.
    mutating func settleDelegations() {
        var namedOf: [String: [Int]] = [:]
        for p in people.indices where people[p].name != nil { if let of = people[p].of { namedOf[of, default: []].append(p) } }
        var dropped = Set<Int>()
        for p in people.indices where people[p].name == nil {
            guard let of = people[p].of, let heads = namedOf[of], !people[p].blocks.isEmpty else { continue }
            let moved = spans.filter { $0.person == p }
            for h in heads {
                for b in people[p].blocks where !people[h].blocks.contains(b) {
                    people[h].blocks.append(b)
                    people[h].group.insert(b)
                }
                for s in moved { spans.append((s.block, h, s.start, s.end, s.rule)) }
            }
            dropped.insert(p)
        }
        guard !dropped.isEmpty else { return }
        var newIndex: [Int] = []
        var n = 0
        for p in people.indices { newIndex.append(dropped.contains(p) ? -1 : n); if !dropped.contains(p) { n += 1 } }
        spans = spans.compactMap { s in newIndex[s.person] < 0 ? nil : (s.block, newIndex[s.person], s.start, s.end, s.rule) }
        people = people.indices.filter { !dropped.contains($0) }.map { people[$0] }
    }

    /// "I visited New Zealand …" in a release whose author the front matter names ("Downer, Alexander"):
    /// the author speaks in every block written in the first person.
    mutating func addAuthor(name: String, role: String?, of: String?, blocks firstPerson: [Int]) {
        guard !firstPerson.isEmpty else { return }
        let w = Self.words(name)
        guard !w.isEmpty else { return }
        let p: Int
        if let known = people.indices.first(where: { sameName(people[$0].words, w) }) {
            p = known
        } else {
            people.append(Resolved(name: name, words: w, honorifics: [], role: role, of: of))
            p = people.count - 1
        }
        if people[p].of == nil { people[p].of = of }
        for b in firstPerson where !people[p].blocks.contains(b) {
            people[p].blocks.append(b)
            spans.append((b, p, 0, 0, "person.author"))
        }
    }

    /// "Downer, Alexander" → "Alexander Downer"; other forms as written.
    static func authorName(_ creator: String) -> String {
        let parts = creator.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count == 2 && !parts[1].isEmpty ? "\(parts[1]) \(parts[0])" : creator.trimmingCharacters(in: .whitespaces)
    }
}
