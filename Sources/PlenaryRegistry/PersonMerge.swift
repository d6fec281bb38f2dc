import PlenaryModel

/// The one rule that decides which appearances of people in meetings are one person. Pure and
/// deterministic: the same appearances in the same order give the same people, whether the
/// whole store is merged at once (`Registry.build`) or only the buckets a changed meeting
/// touches (the derived database's upkeep, PlenarySearch).
///
/// Appearances fall into buckets (`bucket(of:)`): named people by affiliation and the
/// spelling skeleton of the last name, unnamed offices by office and affiliation. Two
/// appearances can only merge inside one bucket, so a bucket is merged without looking at
/// any other. Inside a bucket, in date order, an appearance joins the one earlier person
/// whose name is compatible (`NameKey.compatible`) and whose role agrees, or whose full name
/// is the same; several candidates mean no guess. A name that is only a surname joins a fuller
/// name only with corroboration beyond surname and country: honorifics of the same gender
/// ("Mr." and "Mr.") or a role in common. Honorifics of different genders ("Ms." against
/// "Sheikh" or "Mr.") always keep two appearances apart.
public enum PersonMerge {
    /// One person in one meeting, as the merge needs it.
    public struct Appearance: Codable, Equatable, Sendable {
        public var meetingID: String
        public var date: String
        /// Position in the meeting's `people` (the order of processing within a meeting).
        public var position: Int
        /// The person's id inside the meeting record.
        public var local: String
        public var name: String?
        public var honorifics: [String]
        public var role: String?
        /// Affiliation after the Security Council presidency is linked (`Registry.linkPresidents`).
        public var of: String?
        /// Statements of this person in this meeting.
        public var statements: Int

        public init(
            meetingID: String, date: String, position: Int, local: String, name: String?, honorifics: [String],
            role: String?, of: String?, statements: Int
        ) {
            self.meetingID = meetingID
            self.date = date
            self.position = position
            self.local = local
            self.name = name
            self.honorifics = honorifics
            self.role = role
            self.of = of
            self.statements = statements
        }

        /// Processing order: date, meeting, position in the meeting.
        public static func precedes(_ a: Appearance, _ b: Appearance) -> Bool {
            if a.date != b.date { return a.date < b.date }
            if a.meetingID != b.meetingID { return a.meetingID < b.meetingID }
            return a.position < b.position
        }
    }

    /// A merged person before it has an id: its members (indices into the merged list, in
    /// order) with the reason each joined, and what the registry shows of it.
    public struct Cluster: Equatable, Sendable {
        public var members: [Int] = []
        public var reasons: [String] = []
        var tokens: [String]
        var office: String?
        public var of: String?
        var names: [String: Int] = [:]
        var nameOrder: [String] = []
        var honorifics: [[String]: Int] = [:]
        var honorificOrder: [[String]] = []
        var roles: [String: (from: String, to: String)] = [:]
        var roleOrder: [String] = []
        var genders = Set<Gender>()
        var meetings = Set<String>()
        var statements = 0
        var firstDate = ""
        var lastDate = ""

        public static func == (a: Cluster, b: Cluster) -> Bool {
            a.members == b.members && a.reasons == b.reasons && a.tokens == b.tokens && a.of == b.of
        }

        /// The fullest name seen (most words, then the alphabetically first).
        public var fullestName: String? {
            names.keys.max {
                NameKey.tokens($0).count != NameKey.tokens($1).count ? NameKey.tokens($0).count < NameKey.tokens($1).count : $0 > $1
            }
        }

        /// The slug the person's id is made of; clusters sharing it are told apart by `-2`, `-3`
        /// in the order of their first appearance.
        public var baseID: String {
            let base = MeetingID.slug([fullestName ?? office ?? "speaker", of ?? ""].joined(separator: " "), maxLength: 80)
            return base.isEmpty ? "speaker" : base
        }

        public func person(id: String) -> RegistryPerson {
            let variants = names.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            // Most frequent, ties to the first seen.
            var best: [String] = []
            var bestCount = 0
            for h in honorificOrder where honorifics[h]! > bestCount { best = h; bestCount = honorifics[h]! }
            let roles = roleOrder.map { RegistryPerson.Role(role: $0, from: self.roles[$0]!.from, to: self.roles[$0]!.to) }
                .sorted { $0.from < $1.from }
            return RegistryPerson(
                id: id, name: fullestName, variants: variants, honorifics: best, of: of, roles: roles,
                statements: statements, meetings: meetings.count, firstDate: firstDate, lastDate: lastDate)
        }
    }

    enum Gender: Hashable, Sendable { case male, female }

    static let male: Set<String> = [
        "mr", "sir", "sheikh", "monsignor", "lord", "prince", "king", "emir", "sultan", "archbishop", "cardinal",
    ]
    static let female: Set<String> = ["ms", "mrs", "miss", "madam", "madame", "dame", "sheikha", "lady", "princess", "queen"]

    /// The gender honorifics state, if any ("Mr." → male, "H.E." → none).
    static func gender(_ honorifics: [String]) -> Gender? {
        for h in honorifics {
            let key = h.lowercased().filter { $0.isLetter }
            if male.contains(key) { return .male }
            if female.contains(key) { return .female }
        }
        return nil
    }

    /// The bucket an appearance merges in.
    public static func bucket(of a: Appearance) -> String {
        let of = a.of ?? ""
        guard let name = a.name else { return "office|\(a.role ?? "Speaker")|\(of)" }
        return "name|\(of)|\(NameKey.skeleton(NameKey.tokens(name).last ?? ""))"
    }

    /// Merges `appearances` (in `Appearance.precedes` order) into people, clusters in the order
    /// of their first appearance.
    public static func merge(_ appearances: [Appearance]) -> [Cluster] {
        var clusters: [Cluster] = []
        var buckets: [String: [Int]] = [:]
        for (i, a) in appearances.enumerated() {
            let (c, reason) = place(a, bucket: bucket(of: a), clusters: &clusters, buckets: &buckets)
            clusters[c].members.append(i)
            clusters[c].reasons.append(reason)
            record(a, in: &clusters[c])
        }
        return clusters
    }

    /// Ids for clusters listed in the order of their first appearance: the base slug, then
    /// `-2`, `-3` for later clusters with the same base.
    public static func ids(_ bases: [String]) -> [String] {
        var taken = Set<String>()
        return bases.map { base in
            var id = base
            var n = 2
            while taken.contains(id) { id = "\(base)-\(n)"; n += 1 }
            taken.insert(id)
            return id
        }
    }

    private static func record(_ a: Appearance, in cluster: inout Cluster) {
        if let name = a.name {
            if cluster.names[name] == nil { cluster.nameOrder.append(name) }
            cluster.names[name, default: 0] += 1
        }
        if !a.honorifics.isEmpty {
            if cluster.honorifics[a.honorifics] == nil { cluster.honorificOrder.append(a.honorifics) }
            cluster.honorifics[a.honorifics, default: 0] += 1
        }
        if let g = gender(a.honorifics) { cluster.genders.insert(g) }
        if let role = a.role {
            if let span = cluster.roles[role] {
                cluster.roles[role] = (min(span.from, a.date), max(span.to, a.date))
            } else {
                cluster.roles[role] = (a.date, a.date)
                cluster.roleOrder.append(role)
            }
        }
        if a.statements > 0 || cluster.meetings.isEmpty {
            cluster.meetings.insert(a.meetingID)
            cluster.statements += a.statements
            cluster.firstDate = cluster.firstDate.isEmpty ? a.date : min(cluster.firstDate, a.date)
            cluster.lastDate = max(cluster.lastDate, a.date)
        }
    }

    /// The cluster an appearance joins (or a new one) and why.
    private static func place(
        _ a: Appearance, bucket key: String, clusters: inout [Cluster],
        buckets: inout [String: [Int]]
    ) -> (Int, String) {
        guard let name = a.name else {
            let office = a.role ?? "Speaker"
            if let existing = buckets[key]?.first { return (existing, "the same office: \(office)\(a.of.map { " of \($0)" } ?? "")") }
            clusters.append(Cluster(tokens: [], office: office, of: a.of))
            buckets[key] = [clusters.count - 1]
            return (clusters.count - 1, "first appearance of the office \(office)\(a.of.map { " of \($0)" } ?? "")")
        }
        let tokens = NameKey.tokens(name)
        let gender = gender(a.honorifics)
        var refused: [String] = []
        var candidates: [(Int, String)] = []
        for i in buckets[key] ?? [] {
            let c = clusters[i]
            let other = c.fullestName ?? c.tokens.joined(separator: " ")
            guard NameKey.compatible(tokens, c.tokens) else { continue }
            if let gender, !c.genders.subtracting([gender]).isEmpty {
                refused.append("not \(other): honorifics of another gender")
                continue
            }
            let sameFullName = tokens.count >= 2 && tokens == c.tokens
            if sameFullName { candidates.append((i, "the same full name as \(other)")); continue }
            let roleShared = a.role.map { c.roles[$0] != nil } ?? false
            let rolesAgree = a.role == nil || c.roles.isEmpty || roleShared
            guard rolesAgree else { refused.append("not \(other): another role"); continue }
            if (tokens.count == 1) != (c.tokens.count == 1) {
                // A surname against a fuller name: surname and affiliation are not enough.
                if roleShared {
                    candidates.append((i, "surname of \(other), the same role (\(a.role!))"))
                } else if let gender, c.genders == [gender] {
                    candidates.append((i, "surname of \(other), honorifics of the same gender"))
                } else {
                    refused.append("not \(other): only the surname and affiliation agree")
                }
                continue
            }
            candidates.append((i, "name compatible with \(other)" + (roleShared ? ", the same role" : "")))
        }
        let chosen: (Int, String)?
        if candidates.count == 1 {
            chosen = candidates[0]
        } else if let same = candidates.first(where: { clusters[$0.0].tokens == tokens }) {
            chosen = (same.0, same.1 + " (of \(candidates.count) candidates, the one with the same words)")
        } else {
            chosen = nil
            if candidates.count > 1 { refused.append("\(candidates.count) compatible people, no guess") }
        }
        if let (c, reason) = chosen {
            if tokens.count > clusters[c].tokens.count { clusters[c].tokens = tokens }
            return (c, reason)
        }
        clusters.append(Cluster(tokens: tokens, office: nil, of: a.of))
        buckets[key, default: []].append(clusters.count - 1)
        return (clusters.count - 1, (["first appearance"] + refused).joined(separator: "; "))
    }
}
