import PlenaryBrowserCore
import PlenaryRegistry

/// The speaker page from the registry's person and statements (the registry is not the core's to import).
extension SpeakerPage {
    static func build(_ person: RegistryPerson, statements: [StatementRef]) -> EntityPage {
        var facts = [
            ([person.honorifics.joined(separator: " "), person.name ?? person.displayName]
                .filter { !$0.isEmpty }.joined(separator: " ")) + (person.of.map { " (\($0))" } ?? "")
        ]
        for role in person.roles {
            facts.append("\(role.role), \(role.from == role.to ? role.from : "\(role.from) to \(role.to)")")
        }
        let span = person.firstDate == person.lastDate ? person.firstDate : "\(person.firstDate) to \(person.lastDate)"
        facts.append("\(plural(person.statements, "statement")) in \(plural(person.meetings, "meeting")), \(span)")
        if person.variants.count > 1 { facts.append("Also written: " + person.variants.dropFirst().joined(separator: "; ")) }
        let items = statements.map { ref -> EntityItem in
            let range = paragraphRange(ref.paragraphs)
            var detail = range
            if let language = ref.language { detail += " · spoke in \(language)" }
            if let symbol = ref.symbol { detail = symbol + " · " + detail }
            return EntityItem(
                date: ref.date, heading: ref.meetingTitle, detail: detail, text: ref.preview,
                open: .meeting(id: ref.meetingID, paragraph: ref.paragraphs.first, highlights: []),
                citation: "\(ref.meetingTitle), \(ref.date), \(range)",
                passage: PassageRef(meeting: ref.meetingID, paragraphs: ref.paragraphs))
        }
        var page = EntityPage(
            title: person.displayName, facts: facts,
            histogram: Histogram.perYear(statements.map(\.date), noun: "statements"),
            items: items, emptyText: "No statement of this person is recorded.")
        page.searchScope = person.name.map { "speaker:" + EntityPage.quoted($0) }
        return page
    }
}
