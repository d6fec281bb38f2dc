import Foundation
import PlenaryModel

/// Builds one meeting from a verbatim record: its parts (one text, or one file per speech in
/// sequence order) become `direct` statements with their speakers, delegations, language notes,
/// blocks and citations. Date and topic come from the text when it prints them, else from the
/// catalogue entry of the record's symbol. Pure: text and catalogue in, meeting out.
public struct VerbatimRecordBuilder: Sendable {
    public static let extractorVersion = "plenary-verbatim/1"

    public var resolvers: VerbatimResolvers
    public var catalog: Catalog

    public init(resolvers: VerbatimResolvers, catalog: Catalog) {
        self.resolvers = resolvers
        self.catalog = catalog
    }

    /// `true` when `text` reads as a verbatim record: a cover naming an `S/PV.` record followed
    /// by turns, or text that opens with a speaker label and has turns by at least two speakers.
    /// Press releases and speeches without labels stay with the press-release extractor.
    public static func looksVerbatim(_ text: String) -> Bool {
        let (preamble, turns) = VerbatimText.turns(in: text)
        guard !turns.isEmpty else { return false }
        if recordSymbol(in: preamble) != nil, preamble.count < 4000 { return true }
        return preamble.isEmpty && Set(turns.map(\.label.asPrinted)).count >= 2
    }

    /// The meeting of `parts`. `symbol` is the record symbol when the caller knows it (from file
    /// names); `date` the day the importer gives (`--date`), over any the record or catalogue has.
    public func meeting(parts: [String], symbol given: String?, date givenDate: String? = nil) throws(VerbatimError) -> Meeting {
        var turns: [VerbatimTurn] = []
        var preamble = ""
        for (i, part) in parts.enumerated() {
            let found = VerbatimText.turns(in: part)
            if i == 0 { preamble = found.preamble }
            turns += found.turns
        }
        guard !turns.isEmpty else { throw .noTurns }

        let symbol = given ?? Self.recordSymbol(in: preamble)
        let entry = symbol.flatMap { catalog.meeting(record: $0) }
        // A resumption missing from the catalogue continues the meeting it resumes: same agenda,
        // and it cannot have started before it.
        let parent = entry == nil ? symbol.flatMap(Self.resumedRecord).flatMap { catalog.meeting(record: $0) } : nil
        let topics = entry?.topics ?? parent?.topics ?? []
        // Page headers repeat the record's symbol, title and date: cut out, their date kept.
        var headerDates: [String] = []
        if let symbol, let head = Self.baseRecord(symbol) {
            for i in turns.indices {
                let cleaned = RunningHeader.remove(from: turns[i].text, symbol: head, topics: topics)
                turns[i].text = cleaned.text
                headerDates += cleaned.dates
            }
        }
        let printedDate = Self.printedDate(in: preamble) ?? Self.mostFrequent(headerDates)
        guard let date = givenDate ?? printedDate ?? entry?.date ?? parent?.date else { throw .undated(symbol: symbol) }
        let topic = entry.map(\.topic).flatMap { $0.isEmpty ? nil : $0 } ?? parent.map(\.topic).flatMap { $0.isEmpty ? nil : $0 }
        let title = topic ?? symbol.map { "Security Council meeting \($0)" } ?? "Verbatim record"

        let presiding = presidingMember(preamble: preamble, turns: turns)
        var people: [Person] = []
        var personIndex: [String: Int] = [:]
        var paragraphs: [Paragraph] = []
        var statements: [Statement] = []
        for turn in turns {
            let person = self.person(for: turn.label, presiding: presiding)
            if let i = personIndex[person.id] {
                // The same id from a fuller label keeps the fuller facts.
                if people[i].of == nil { people[i].of = person.of }
                if people[i].role == nil { people[i].role = person.role }
            } else {
                personIndex[person.id] = people.count
                people.append(person)
            }
            var indexes: [Int] = []
            for block in VerbatimText.blocks(of: turn.text) {
                let index = paragraphs.count + 1
                paragraphs.append(
                    Paragraph(
                        index: index, text: block, speakers: [person.id],
                        mentions: resolvers.mentions(block), citations: resolvers.citations(block)))
                indexes.append(index)
            }
            if indexes.isEmpty { continue }
            statements.append(
                Statement(
                    speaker: person.id, paragraphs: indexes, mode: .direct,
                    attribution: turn.label.asPrinted, language: turn.label.language))
        }
        guard !paragraphs.isEmpty else { throw .noTurns }
        let usedPeople = Set(statements.map(\.speaker))
        people.removeAll { !usedPeople.contains($0.id) }

        let idName = symbol.map { "unsc " + $0 } ?? title
        // A record resumed on a later day spans the catalogue's days when the text agrees with its start.
        let endDate = entry?.endDate.flatMap { end in end > date ? end : nil }
        return Meeting(
            id: MeetingID.make(date: date, name: idName), title: title, date: date,
            endDate: endDate, datePrinted: printedDate,
            organization: "UN", body: symbol?.hasPrefix("S/PV.") == true ? "Security Council" : nil,
            symbol: symbol, people: people, paragraphs: paragraphs, statements: statements)
    }

    // MARK: People

    /// Who presides, when the record says so: a cover line "President: Mr. X (Viet Nam)", or the
    /// President's own words "in my capacity as the representative of Viet Nam".
    struct Presiding: Equatable {
        var name: String?
        var honorifics: [String]
        var code: String
    }

    func presidingMember(preamble: String, turns: [VerbatimTurn]) -> Presiding? {
        for line in preamble.split(whereSeparator: \.isNewline) {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("President:") else { continue }
            if let label = SpeakerLabel.parse(String(t.dropFirst("President:".count)), strict: true),
                let affiliation = label.affiliation, let code = resolvers.delegation(affiliation)
            {
                return Presiding(name: label.name, honorifics: label.honorifics, code: code)
            }
        }
        for turn in turns where turn.label.role == "President" && turn.label.name == nil {
            for marker in ["in my capacity as the representative of ", "in my capacity as representative of "] {
                guard let r = turn.text.range(of: marker) else { continue }
                let phrase = turn.text[r.upperBound...].prefix { !".,;:(".contains($0) }
                if let code = resolvers.delegation(String(phrase).trimmingCharacters(in: .whitespaces)) {
                    return Presiding(name: nil, honorifics: [], code: code)
                }
            }
        }
        return nil
    }

    func person(for label: SpeakerLabel, presiding: Presiding?) -> Person {
        var of = label.affiliation.flatMap(resolvers.delegation)
        var name = label.name
        var honorifics = label.honorifics
        if label.name == nil, let role = label.role {
            if role == "President", let presiding {
                of = presiding.code
                name = presiding.name
                honorifics = presiding.honorifics
            } else if role.hasSuffix("Secretary-General") {
                of = "UN"
            }
        }
        let key = [name ?? label.role ?? "speaker", of ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        var id = MeetingID.slug(key, maxLength: 80)
        if id.isEmpty { id = "speaker" }
        return Person(id: id, name: name, honorifics: honorifics, role: label.role, of: of)
    }

    // MARK: Header facts

    /// The first `S/PV.<n>` symbol of the cover text, with a resumption note when printed.
    static func recordSymbol(in preamble: String) -> String? {
        guard let r = preamble.range(of: "S/PV.") else { return nil }
        let number = preamble[r.upperBound...].prefix { $0.isASCII && $0.isNumber }
        guard !number.isEmpty else { return nil }
        let after = preamble[r.upperBound...].dropFirst(number.count).prefix(20)
        if after.hasPrefix(" (Resumption "), let close = after.firstIndex(of: ")") {
            return "S/PV.\(number)" + after[..<after.index(after: close)]
        }
        return "S/PV.\(number)"
    }

    /// `S/PV.8706 (Resumption 1)` → `S/PV.8706`; page headers print this form.
    static func baseRecord(_ symbol: String) -> String? {
        guard symbol.hasPrefix("S/PV.") else { return nil }
        return resumedRecord(symbol) ?? symbol
    }

    static func mostFrequent(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// `S/PV.8706 (Resumption 1)` → `S/PV.8706`.
    static func resumedRecord(_ symbol: String) -> String? {
        guard let r = symbol.range(of: " (Resumption") ?? symbol.range(of: " (Part") else { return nil }
        return String(symbol[..<r.lowerBound])
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ]

    /// The meeting date a record's cover prints: "Monday, 13 January 2020, 10 a.m.".
    static func printedDate(in preamble: String) -> String? {
        let weekdays = ["monday,", "tuesday,", "wednesday,", "thursday,", "friday,", "saturday,", "sunday,"]
        let words = preamble.split(whereSeparator: { $0 == " " || $0.isNewline })
        for (i, w) in words.enumerated() where weekdays.contains(w.lowercased()) && i + 3 < words.count {
            guard let day = Int(words[i + 1]), let month = months.firstIndex(of: words[i + 2].lowercased()).map({ $0 + 1 }),
                let year = Int(words[i + 3].prefix { $0.isNumber }), year >= 1946
            else { continue }
            let iso = ISODate.format(year: year, month: month, day: day)
            if ISODate.isValidDay(iso) { return iso }
        }
        return nil
    }
}
