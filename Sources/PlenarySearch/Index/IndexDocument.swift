import Foundation
import PlenaryModel

/// What one meeting contributes to the index, computed off the database thread.
struct IndexDocument: Sendable {
    struct Row: Sendable {
        var block: Int
        var number: String?
        var speakers: String
        var text: String
        var raw: String
        var speakerNames: String
        var tags: String
    }

    var meeting: Meeting
    var rows: [Row]
    /// Normalised country names as written in the record → ISO3 code, for `country:`.
    var countryNames: [(String, String)]
    /// "id<TAB>display name" per person.
    var people: String

    /// The distinct words of the rows' `raw` columns, for `ExactTerms`.
    var exactWords: Set<String> {
        var words = Set<Substring>()
        for row in rows {
            for word in row.raw.split(separator: " ", omittingEmptySubsequences: true) { words.insert(word) }
        }
        return Set(words.map(String.init))
    }

    /// `countryName` names a delegation whose country the record's attendance list does not write.
    init(_ meeting: Meeting, countryName: (String) -> String? = { _ in nil }) {
        self.meeting = meeting
        var meetingTags: [String] = []
        if let org = meeting.organization, !org.isEmpty { meetingTags.append(TagToken.token(.organization, org)) }
        var names: [(String, String)] = []
        var attending = Set<String>()
        for item in meeting.attendance {
            guard let code = item.country else { continue }
            if attending.insert(code).inserted { meetingTags.append(TagToken.token(.country, code)) }
            names.append((CountryAliases.normalize(item.asWritten), code.uppercased()))
        }
        var people: [String: Person] = [:]
        for person in meeting.people { people[person.id] = person }
        countryNames = names
        var writtenNames: [String: String] = [:]
        for item in meeting.attendance {
            if let code = item.country, writtenNames[code.uppercased()] == nil { writtenNames[code.uppercased()] = item.asWritten }
        }
        self.people = meeting.people.map { "\($0.id)\t\($0.name ?? $0.displayName)" }.joined(separator: "\n")

        rows = meeting.paragraphs.map { paragraph in
            var tags = meetingTags
            var seen = attending
            func country(_ code: String) {
                if seen.insert(code).inserted { tags.append(TagToken.token(.country, code)) }
            }
            var speakerNames: [String] = []
            var delegations = Set<String>()
            for id in paragraph.speakers {
                tags.append(TagToken.token(.speaker, id))
                if let person = people[id] {
                    speakerNames.append(person.name ?? person.displayName)
                    if let of = person.of, of.count == 3, of.allSatisfy({ $0.isUppercase }) {
                        country(of)
                        // `by:` — who spoke it, as opposed to `country:`, who was there.
                        if delegations.insert(of).inserted {
                            tags.append(TagToken.token(.delegation, of))
                            if let written = writtenNames[of] ?? countryName(of) { speakerNames.append(written) }
                        }
                    }
                }
            }
            for mention in paragraph.mentions where mention.kind == .country { country(mention.ref) }
            for citation in paragraph.citations {
                guard let symbol = citation.symbol else { continue }
                for key in TagToken.citationKeys(symbol) { tags.append(TagToken.token(.citation, key)) }
            }
            return Row(
                block: paragraph.index, number: paragraph.number, speakers: paragraph.speakers.joined(separator: "\n"),
                text: paragraph.text,
                raw: ExactForm.column(for: paragraph.text), speakerNames: speakerNames.joined(separator: "; "),
                tags: tags.joined(separator: " "))
        }
    }
}
