import PlenaryRegistry

/// The country screen's content: its representatives with their statement counts, every
/// statement by them oldest first, and (with a search index) how many meetings it attended,
/// spoke at or was mentioned in.
enum CountryPage {
    static func build(code: String, registry: Registry, mentions: Int?) -> EntityPage {
        let people = registry.people(of: code)
        var facts = [code]
        let statements = people.flatMap { person in registry.statements(of: person.id).map { (person, $0) } }
            .sorted { $0.1.date != $1.1.date ? $0.1.date < $1.1.date : $0.1.meetingID < $1.1.meetingID }
        let meetings = Set(statements.map(\.1.meetingID)).count
        facts.append("\(SpeakerPage.plural(people.count, "representative")), \(SpeakerPage.plural(statements.count, "statement")) in \(SpeakerPage.plural(meetings, "meeting"))")
        if let mentions { facts.append("Attending, speaking or mentioned in \(SpeakerPage.plural(mentions, "meeting"))") }
        if !people.isEmpty {
            facts.append("Speakers: " + people.prefix(6).map { "\($0.name ?? $0.displayName) (\($0.statements))" }.joined(separator: ", ")
                         + (people.count > 6 ? ", …" : ""))
        }
        let items = statements.map { person, ref -> EntityItem in
            let range = SpeakerPage.paragraphRange(ref.paragraphs)
            return EntityItem(date: ref.date, heading: ref.meetingTitle, detail: "\(range) · \(person.displayName)",
                              text: ref.preview, open: .meeting(id: ref.meetingID, paragraph: ref.paragraphs.first, highlight: nil),
                              citation: "\(ref.meetingTitle), \(ref.date), \(range)")
        }
        return EntityPage(title: code, facts: facts, histogram: Histogram.perYear(statements.map(\.1.date), noun: "statements"),
                          items: items, emptyText: "No statement by a representative of \(code) is recorded.")
    }
}
