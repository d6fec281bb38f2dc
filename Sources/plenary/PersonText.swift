import PlenaryModel
import PlenaryRegistry
import PlenarySearch
import PlenaryStore

/// `plenary show person:<id>`: who the person is, then each statement across meetings, oldest first.
enum PersonText {
    struct StatementText: Encodable {
        var date: String
        var meetingID: String
        var meetingTitle: String
        var symbol: String?
        var paragraphs: [Int]
        var attribution: String?
        var language: String?
        var text: [String]
    }

    struct Report: Encodable {
        var person: RegistryPerson
        var statements: [StatementText]
    }

    /// The person an id names: exactly, or the single person a name query matches.
    static func find(_ id: String, in index: SearchIndex) throws -> RegistryPerson {
        if let p = try index.person(id: id) { return p }
        let matches = try index.people(matching: id)
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw CommandFailure.failed("no person \(id) (see plenary speakers)") }
        let some = matches.prefix(5).map(\.id).joined(separator: ", ")
        throw CommandFailure.failed(
            "person:\(id) matches \(Plural.count(matches.count, "person", "people")): \(some)\(matches.count > 5 ? ", …" : "")")
    }

    static func report(_ person: RegistryPerson, index: SearchIndex) throws -> Report {
        // Each statement's text is read from its meeting's file: on every core.
        let refs = try index.statements(of: person.id)
        let read = Parallel.map(refs, threshold: 8) { ref in
            Result { () throws(SearchError) in try index.paragraphTexts(meeting: ref.meetingID, blocks: ref.paragraphs) }
        }
        let statements = try zip(refs, read).map { ref, read -> StatementText in
            let texts = try read.get()
            let text = texts.keys.sorted().map { texts[$0]! }
            return StatementText(
                date: ref.date, meetingID: ref.meetingID, meetingTitle: ref.meetingTitle, symbol: ref.symbol,
                paragraphs: ref.paragraphs, attribution: ref.attribution, language: ref.language,
                text: text.isEmpty ? [ref.preview] : text)
        }
        return Report(person: person, statements: statements)
    }

    static func render(_ report: Report) -> String {
        let p = report.person
        let shown = p.displayName(countryName: GazetteerCountries.name)
        var lines = [Console.safe(shown), String(repeating: "=", count: min(78, max(3, shown.count)))]
        lines.append("Id: \(p.id)")
        if let of = p.of { lines.append("Affiliation: " + Console.safe(CountryLabel.label(of, countryName: GazetteerCountries.name))) }
        if p.variants.count > 1 { lines.append(Console.safe("Also written: " + p.variants.dropFirst().joined(separator: "; "))) }
        for r in p.roles { lines.append(Console.safe("Role: \(r.role) (\(r.from == r.to ? r.from : "\(r.from) to \(r.to)"))")) }
        lines.append("Statements: \(p.statements) in \(p.meetings) meeting\(p.meetings == 1 ? "" : "s"), \(p.firstDate) to \(p.lastDate)")
        for s in report.statements {
            lines.append("")
            let symbol = s.symbol.map { "\($0) — " } ?? ""
            let range = s.paragraphs.count > 1 ? "¶\(s.paragraphs.first!)–\(s.paragraphs.last!)" : "¶\(s.paragraphs.first ?? 0)"
            var head = "\(s.date)  \(symbol)\(s.meetingTitle)  [\(s.meetingID) \(range)]"
            if let language = s.language { head += " (spoke in \(language))" }
            lines.append(Console.safe(head))
            for t in s.text { lines.append(Console.safe("  " + t)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
