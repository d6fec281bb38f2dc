import PlenaryModel
import PlenaryRegistry

/// The resolution screen's content: the catalogue facts when the store has them (symbol,
/// date, adopting meeting, subject, vote), else what the citations say; then every citing
/// paragraph, oldest first, with its speaker and citing verb; citations per year.
/// The same queries as `plenary show S/RES/822`.
enum ResolutionPage {
    static func build(symbol: String, registry: Registry, catalog: Catalog, meeting: (String) -> Meeting?) -> EntityPage {
        let query = ResolutionQuery.parse(symbol)
        let found = query.flatMap { q in catalog.resolutions[q.number].flatMap { q.year == nil || q.year == $0.year ? $0 : nil } }
        var refs: [CitationRef]
        if let q = query {
            refs = registry.citations(ofResolution: q.number)
            if let year = q.year ?? found?.year { refs = refs.filter { $0.symbol == "S/RES/\(q.number) (\(year))" } }
        } else {
            refs = registry.citations(of: symbol)
        }
        var facts = [found?.symbol ?? symbol]
        if let r = found {
            if let date = r.date { facts.append("Adopted \(date)" + (r.meetingRecord.map { " at \($0)" } ?? "")) }
            facts.append("Subject: \(r.topic)")
            if let vote = r.vote { facts.append("Vote: \(vote.text)") }
            if let release = r.pressRelease, !release.isEmpty { facts.append("Press release: \(release)") }
        } else if catalog.resolutions.isEmpty {
            facts.append("No catalogue imported; from the citations only")
        } else if query != nil {
            facts.append("Not in the store's catalogue; from the citations only")
        }
        let meetings = Set(refs.map(\.meetingID)).count
        facts.append(refs.isEmpty ? "No paragraph in the store cites it"
                     : "Cited in \(SpeakerPage.plural(refs.count, "paragraph")) of \(SpeakerPage.plural(meetings, "meeting"))")
        // The citing meetings first, one item each with how many of its paragraphs cite it.
        var groups: [(id: String, refs: [CitationRef])] = []
        for ref in refs {
            if let i = groups.firstIndex(where: { $0.id == ref.meetingID }) { groups[i].refs.append(ref) }
            else { groups.append((ref.meetingID, [ref])) }
        }
        let meetingItems = groups.map { group -> EntityItem in
            let first = group.refs[0]
            let record = meeting(group.id)
            let labels = group.refs.map { ref in
                record?.paragraphs.first { $0.index == ref.paragraph }?.number.map { "¶\($0)" } ?? "¶\(ref.paragraph)"
            }
            let detail = [record?.symbol, "meeting", SpeakerPage.plural(group.refs.count, "citing paragraph")].compactMap { $0 }
            return EntityItem(date: first.date, heading: first.meetingTitle, detail: detail.joined(separator: " · "),
                              text: "Cites it in " + labels.joined(separator: ", "),
                              open: .meeting(id: group.id, paragraph: first.paragraph, highlights: [first.surface]),
                              citation: [record?.symbol, first.meetingTitle, first.date].compactMap { $0 }.joined(separator: ", "),
                              passage: PassageRef(meeting: group.id, paragraphs: group.refs.map(\.paragraph)))
        }
        let paragraphItems = refs.map { ref -> EntityItem in
            let record = meeting(ref.meetingID)
            let paragraph = record?.paragraphs.first { $0.index == ref.paragraph }
            let speakers = (paragraph?.speakers ?? []).map { local -> String in
                if let p = registry.personID(meeting: ref.meetingID, local: local).flatMap(registry.person(id:)) { return p.displayName }
                return record?.person(local)?.displayName ?? local
            }
            let label = paragraph?.number.map { "¶\($0)" } ?? "¶\(ref.paragraph)"
            var detail = [label] + (speakers.isEmpty ? [] : [speakers.joined(separator: ", ")])
            if let verb = ref.verb { detail.append("“\(verb)”") }
            let text = paragraph?.text ?? ref.surface
            let highlight = paragraph.flatMap { p in p.citations.first { $0.surface == ref.surface }.map { $0.start..<$0.end } }
            return EntityItem(date: ref.date, heading: ref.meetingTitle, detail: detail.joined(separator: " · "),
                              text: text, highlights: highlight.map { [$0] } ?? [],
                              open: .meeting(id: ref.meetingID, paragraph: ref.paragraph, highlights: [ref.surface]),
                              citation: "\(ref.meetingTitle), \(ref.date), \(label)",
                              passage: PassageRef(meeting: ref.meetingID, paragraphs: [ref.paragraph]))
        }
        var page = EntityPage(title: found?.symbol ?? symbol, facts: facts,
                              histogram: Histogram.perYear(refs.map(\.date), noun: "citations"),
                              items: meetingItems + paragraphItems, emptyText: "No paragraph in the store cites it.")
        page.searchScope = "cites:" + EntityPage.quoted(found?.symbol ?? symbol)
        return page
    }
}
