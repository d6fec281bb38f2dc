import PlenaryBrowserCore
import PlenaryRegistry

/// The country page from the registry's people and statements (the registry is not the core's to import).
extension CountryPage {
    static func build(code: String, registry: any LinkedLookup, concerning: [Concerning]?) -> EntityPage {
        let people = registry.people(of: code)
        var facts = [code]
        let statements = people.flatMap { person in registry.statements(of: person.id).map { (person, $0) } }
        let spokeAt = Set(statements.map(\.1.meetingID)).count
        facts.append(
            "\(SpeakerPage.plural(people.count, "representative")), \(SpeakerPage.plural(statements.count, "statement")) in \(SpeakerPage.plural(spokeAt, "meeting"))"
        )
        if let concerning {
            facts.append("Attending, speaking or mentioned in \(SpeakerPage.plural(concerning.count, "meeting"))")
        } else {
            facts.append("Meetings attended and mentions need the search index")
        }
        if !people.isEmpty {
            facts.append(
                "Speakers: " + people.prefix(6).map { "\($0.name ?? $0.displayName) (\($0.statements))" }.joined(separator: ", ")
                    + (people.count > 6 ? ", …" : ""))
        }
        // (date, meeting before statements, meeting id, position) keeps one day's entries together.
        var keyed: [(key: (String, Int, String, Int), item: EntityItem)] = []
        for (person, ref) in statements {
            let range = SpeakerPage.paragraphRange(ref.paragraphs)
            keyed.append(
                (
                    (ref.date, 1, ref.meetingID, ref.paragraphs.first ?? 0),
                    EntityItem(
                        date: ref.date, heading: ref.meetingTitle, detail: "\(range) · \(person.displayName)", text: ref.preview,
                        open: .meeting(id: ref.meetingID, paragraph: ref.paragraphs.first, highlights: []),
                        citation: "\(ref.meetingTitle), \(ref.date), \(range)",
                        passage: PassageRef(meeting: ref.meetingID, paragraphs: ref.paragraphs))
                ))
        }
        for c in concerning ?? [] {
            let s = c.summary
            keyed.append(
                (
                    (s.date, 0, s.id, 0),
                    EntityItem(
                        date: s.date, heading: s.organization ?? "",
                        detail: "meeting · \(SpeakerPage.plural(c.paragraphs, "paragraph")) concerning \(code)",
                        text: s.title, open: .meeting(id: s.id, paragraph: c.first, highlights: []), citation: "\(s.title), \(s.date)")
                ))
        }
        keyed.sort { a, b in a.key < b.key }
        let histogram =
            concerning.map { Histogram.perYear($0.map(\.summary.date), noun: "meetings") }
            ?? Histogram.perYear(statements.map(\.1.date), noun: "statements")
        var page = EntityPage(
            title: code, facts: facts, histogram: histogram, items: keyed.map(\.item),
            emptyText: "Nothing about \(code) is recorded.")
        page.searchScope = "country:\(code)"
        return page
    }
}
