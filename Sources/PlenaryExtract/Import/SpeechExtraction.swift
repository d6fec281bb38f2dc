import PlenaryModel

/// A speech file as one meeting (see `SpeechText`): every block of its text in reading order,
/// analysed as the extractor analyses a meeting's blocks (people, citations, mentions,
/// events) and spoken by the delegation's representative, with the header taken only from the plan — the date given or printed by the record's
/// running header, the title naming the delegation, the body, organisation and location given.
/// Nothing in the speech is read as its headline or its date, and it is never split into
/// several meetings.
extension Extractor {
    public func extractSpeech(text: String, encoding: String, plan: SpeechPlan, options: ExtractOptions) throws(ExtractError) -> Meeting {
        let blocks = PlainTextBlockReader.read(text)
            .filter { !SpeechExtraction.isPageFurniture($0.text) }
            .map { DocumentSegment.Block(number: nil, section: nil, text: $0.text) }
        guard !blocks.isEmpty else { throw .noMeeting(reason: "no text blocks") }
        let given = plan.effective
        var analysis = analyzeBlocks(blocks, organization: given.organization)
        // One voice: the delegation's representative speaks every paragraph; the people the
        // speech names are mentioned, not speaking.
        if let delegation = plan.delegation {
            let speaker = SpeechExtraction.representative(of: delegation, among: analysis.people)
            if !analysis.people.contains(where: { $0.id == speaker.id }) { analysis.people.insert(speaker, at: 0) }
            for i in analysis.paragraphs.indices { analysis.paragraphs[i].speakers = [speaker.id] }
            analysis.statements = [Statement(speaker: speaker.id, paragraphs: analysis.paragraphs.map(\.index), mode: .direct)]
        }
        let date = given.date ?? options.fallbackDate
        let title = given.title ?? options.fallbackTitle
        let source = Source(
            file: options.sourceName, sha256: "", format: DocumentFormat.text.rawValue, encoding: encoding,
            importedAt: options.importedAt, extractor: Extractor.version,
            overrides: plan.given.isEmpty ? nil : plan.given)
        return Meeting(
            id: MeetingID.make(date: date, name: Extractor.idName(title)), title: title, date: date,
            organization: given.organization, body: given.body, location: given.location, symbol: plan.record,
            source: source, attendance: analysis.attendance, people: analysis.people, paragraphs: analysis.paragraphs,
            statements: analysis.statements, events: analysis.events)
    }
}

/// Helpers of a speech's extraction.
enum SpeechExtraction {
    /// The unnamed representative of the delegation ("representative-syr", as the extractor
    /// names "the representative of Syria"); one the speech already names as such is reused.
    static func representative(of delegation: FileNameDelegation.Delegation, among people: [Person]) -> Person {
        let id = MeetingID.slug("representative \(delegation.code)")
        if let known = people.first(where: { $0.id == id }) { return known }
        return Person(id: id, name: nil, role: "representative", of: delegation.code)
    }

    /// Lines a speech cut from a printed record carries from its pages.
    /// Page footers and running headers: "15-29562 43/54", "A/70/PV.19 30/09/2015" — a short block
    /// of numbers and symbols with at most one word of letters.
    static func isPageFurniture(_ block: String) -> Bool {
        let words = block.split(whereSeparator: { $0.isWhitespace })
        guard words.count <= 4 else { return false }
        let wordsOfLetters = words.filter { w in w.allSatisfy { $0.isLetter } }
        return wordsOfLetters.count <= 1 && words.contains { w in w.contains { $0.isNumber } }
    }
}
