import PlenaryModel
import PlenaryRegistry
import PlenarySearch

/// `plenary show country:AZE`: a state's (or organisation's) representatives, the meetings it
/// attended (newest first) and every statement by its representatives (oldest first) — the country
/// screen's content, from the index's cross-meeting tables.
enum CountryText {
    struct StatementText: Encodable {
        var person: String
        var date: String
        var meetingID: String
        var meetingTitle: String
        var symbol: String?
        var paragraphs: [Int]
        var preview: String
    }

    struct Report: Encodable {
        var code: String
        var people: [RegistryPerson]
        var attended: [LinkedMeeting]
        var statements: [StatementText]
    }

    static func report(_ code: String, index: SearchIndex) throws -> Report {
        let people = try index.people(of: code)
        var statements: [StatementText] = []
        for person in people {
            for s in try index.statements(of: person.id) {
                statements.append(
                    StatementText(
                        person: person.id, date: s.date, meetingID: s.meetingID, meetingTitle: s.meetingTitle,
                        symbol: s.symbol, paragraphs: s.paragraphs, preview: s.preview))
            }
        }
        // Oldest first, a meeting's statements in paragraph order.
        statements.sort { ($0.date, $0.meetingID, $0.paragraphs.first ?? 0) < ($1.date, $1.meetingID, $1.paragraphs.first ?? 0) }
        return Report(code: code, people: people, attended: try index.meetings(attendedBy: code), statements: statements)
    }

    static func render(_ r: Report) -> String {
        let title = CountryLabel.label(r.code, countryName: GazetteerCountries.name)
        var lines = [Console.safe(title), String(repeating: "=", count: max(3, title.count))]
        lines.append(
            "\(r.people.count) representative\(r.people.count == 1 ? "" : "s"), \(r.statements.count) statement\(r.statements.count == 1 ? "" : "s"); attended \(r.attended.count) meeting\(r.attended.count == 1 ? "" : "s")"
        )
        for p in r.people {
            lines.append(
                Console.safe(
                    "  \(p.id)  \(p.displayName(countryName: GazetteerCountries.name)) — \(Plural.count(p.statements, "statement")), \(p.firstDate) to \(p.lastDate)"
                ))
        }
        if !r.statements.isEmpty { lines.append(""); lines.append("Statements, oldest first:") }
        for s in r.statements {
            let range = s.paragraphs.count > 1 ? "¶\(s.paragraphs.first!)–\(s.paragraphs.last!)" : "¶\(s.paragraphs.first ?? 0)"
            lines.append(
                Console.safe("\(s.date)  \(s.symbol.map { "\($0) — " } ?? "")\(s.meetingTitle)  [\(s.meetingID) \(range)] \(s.person)"))
            lines.append(Console.safe("  " + s.preview))
        }
        if !r.attended.isEmpty { lines.append(""); lines.append("Attended, newest first:") }
        for m in r.attended { lines.append(Console.safe("\(m.date)  \(m.title)  [\(m.id)]")) }
        return lines.joined(separator: "\n") + "\n"
    }
}
