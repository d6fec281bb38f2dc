import PlenaryBrowserCore
import PlenaryModel
import PlenaryRegistry

/// The resolution page from the registry's citations (the registry is not the core's to import).
extension ResolutionPage {
    static func build(
        symbol: String, registry: any LinkedLookup, catalog: Catalog, text: (String) -> ResolutionDocument? = { _ in nil },
        citing: ([CitationRef]) -> [Citing?]
    ) -> EntityPage {
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
        // The kept text is found under the full symbol: a Security Council number needs its year.
        let document = text(found?.symbol ?? query.flatMap { q in q.year.map { "S/RES/\(q.number) (\($0))" } } ?? symbol)
        if let document {
            facts.append(document.title)
            if found == nil, let date = document.date {
                facts.append(
                    "Adopted \(date)" + (document.adoptedBy.map { " by the \($0)" } ?? "") + (document.meeting.map { ", \($0)" } ?? ""))
            }
            facts.append(
                "Text: \(SpeakerPage.plural(document.preamble.count, "preambular paragraph")), "
                    + "\(SpeakerPage.plural(document.operative.count, "operative paragraph"))")
        }
        if let r = found {
            if let date = r.date { facts.append("Adopted \(date)" + (r.meetingRecord.map { " at \($0)" } ?? "")) }
            facts.append("Subject: \(r.topic)")
            if let vote = r.vote { facts.append("Vote: \(vote.text)") }
            if let release = r.pressRelease, !release.isEmpty { facts.append("Press release: \(release)") }
        } else if document != nil {
            // The text gave title and adoption.
        } else if catalog.resolutions.isEmpty {
            facts.append("No catalogue imported; from the citations only")
        } else if query != nil {
            facts.append("Not in the store's catalogue; from the citations only")
        }
        let meetings = Set(refs.map(\.meetingID)).count
        facts.append(
            refs.isEmpty
                ? "No paragraph in the store cites it"
                : "Cited in \(SpeakerPage.plural(refs.count, "paragraph")) of \(SpeakerPage.plural(meetings, "meeting"))")
        let paragraphs = citing(refs)
        // The citing meetings first, one item each with how many of its paragraphs cite it.
        var groups: [(id: String, indices: [Int])] = []
        for (i, ref) in refs.enumerated() {
            if let g = groups.firstIndex(where: { $0.id == ref.meetingID }) {
                groups[g].indices.append(i)
            } else {
                groups.append((ref.meetingID, [i]))
            }
        }
        let meetingItems = groups.map { group -> EntityItem in
            let first = refs[group.indices[0]]
            let labels = group.indices.map { i in
                (i < paragraphs.count ? paragraphs[i]?.number : nil).map { "¶\($0)" } ?? "¶\(refs[i].paragraph)"
            }
            let detail = [first.meetingSymbol, "meeting", SpeakerPage.plural(group.indices.count, "citing paragraph")].compactMap { $0 }
            return EntityItem(
                date: first.date, heading: first.meetingTitle, detail: detail.joined(separator: " · "),
                text: "Cites it in " + labels.joined(separator: ", "),
                open: .meeting(id: group.id, paragraph: first.paragraph, highlights: [first.surface]),
                citation: [first.meetingSymbol, first.meetingTitle, first.date].compactMap { $0 }.joined(separator: ", "),
                passage: PassageRef(meeting: group.id, paragraphs: group.indices.map { refs[$0].paragraph }))
        }
        let paragraphItems = refs.enumerated().map { i, ref -> EntityItem in
            let paragraph = i < paragraphs.count ? paragraphs[i] : nil
            let speakers = paragraph?.speakers ?? []
            let label = paragraph?.number.map { "¶\($0)" } ?? "¶\(ref.paragraph)"
            var detail = [label] + (speakers.isEmpty ? [] : [speakers.joined(separator: ", ")])
            if let verb = ref.verb { detail.append("“\(verb)”") }
            let text = paragraph?.text ?? ref.surface
            let highlight = paragraph?.highlight
            return EntityItem(
                date: ref.date, heading: ref.meetingTitle, detail: detail.joined(separator: " · "),
                text: text, highlights: highlight.map { [$0] } ?? [],
                open: .meeting(id: ref.meetingID, paragraph: ref.paragraph, highlights: [ref.surface]),
                citation: "\(ref.meetingTitle), \(ref.date), \(label)",
                passage: PassageRef(meeting: ref.meetingID, paragraphs: [ref.paragraph]))
        }
        let textRows = document.map { ResolutionPage.textItems($0) } ?? []
        var page = EntityPage(
            title: found?.symbol ?? symbol, facts: facts,
            histogram: Histogram.perYear(refs.map(\.date), noun: "citations"),
            items: textRows + meetingItems + paragraphItems, emptyText: "No paragraph in the store cites it.")
        page.searchScope = "cites:" + EntityPage.quoted(found?.symbol ?? symbol)
        return page
    }
}

extension ResolutionPage.Citing {
    /// From the meeting record itself.
    init?(_ ref: CitationRef, in record: Meeting?, registry: any LinkedLookup) {
        guard let paragraph = record?.paragraphs.first(where: { $0.index == ref.paragraph }) else { return nil }
        let speakers = paragraph.speakers.map { local -> String in
            if let p = registry.personID(meeting: ref.meetingID, local: local).flatMap(registry.person(id:)) { return p.displayName }
            return record?.person(local)?.displayName ?? local
        }
        // Another module's struct: its properties are set through the core's initialiser.
        self.init(
            number: paragraph.number, text: paragraph.text, speakers: speakers,
            highlight: paragraph.citations.first { $0.surface == ref.surface }.map { $0.start..<$0.end })
    }
}
