import Foundation
import PlenaryModel

/// Documents → meetings (DESIGN.md §4): decode, strip HTML and site chrome, find each meeting's
/// headline and blocks, then header, attendance, people, statements, citations and events.
/// Pure: bytes in, records out; the store and the command line do the I/O.
public struct Extractor: Sendable {
    public static let version = "plenary-extract/1"

    public let gazetteer: Gazetteer
    let entities: EntityMatcher
    let persons: PersonFinder
    let citations = CitationMatcher()

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
        entities = EntityMatcher(gazetteer: gazetteer)
        persons = PersonFinder(gazetteer: gazetteer)
    }

    public struct Result: Sendable {
        public var meetings: [Meeting]
        public var format: DocumentFormat
        public var encoding: String
    }

    /// Extracts the meetings of one document's bytes.
    public func extract(_ data: Data, options: ExtractOptions = ExtractOptions()) throws(ExtractError) -> Result {
        let decoded = try DocumentDecoder.decode(data)
        // Structured data (a record, a truth file) is not a document to read as prose.
        if let first = decoded.text.unicodeScalars.first(where: { !Folding.isSpace($0) }), first == "{" || first == "[",
            (try? JSONSerialization.jsonObject(with: Data(decoded.text.utf8), options: [.fragmentsAllowed])) != nil
        {
            throw .notADocument(what: "JSON data")
        }
        let format = options.format ?? DocumentFormat.detect(decoded.text)
        let meetings = try extract(text: decoded.text, format: format, encoding: decoded.encoding, options: options)
        return Result(meetings: meetings, format: format, encoding: decoded.encoding)
    }

    public func extract(
        text: String, format: DocumentFormat, encoding: String = "utf-8",
        options: ExtractOptions = ExtractOptions()
    ) throws(ExtractError) -> [Meeting] {
        let document = try DocumentReader.read(text, format: format)
        let raw = document.blocks
        try RawBlock.checkLengths(raw)
        let segments = DocumentReader.segments(document)
        var meetings: [Meeting] = []
        var firstProblem: String?
        for segment in segments {
            switch build(segment, format: format, encoding: encoding, options: options) {
            case .success(let m): meetings.append(m)
            case .failure(let reason): firstProblem = firstProblem ?? reason
            }
        }
        if meetings.isEmpty {
            if options.force {
                let blocks = raw.map { DocumentSegment.Block(number: nil, section: nil, text: $0.text) }
                let found = segments.first?.blocks ?? []
                let fallback = DocumentSegment(
                    title: segments.first?.title ?? "", headerLines: [], blocks: found.isEmpty ? blocks : found,
                    metadata: document.metadata)
                if case .success(let m) = build(fallback, format: format, encoding: encoding, options: options, forced: true) { return [m] }
            }
            throw .noMeeting(reason: firstProblem ?? (raw.isEmpty ? "no text blocks" : "no headline and body found"))
        }
        return meetings
    }

    /// Extracts the paragraphs of plain text without the header checks; the benchmark's unit of work.
    public func analyze(text: String) -> [Paragraph] {
        let blocks = PlainTextBlockReader.read(text).map { DocumentSegment.Block(number: nil, section: nil, text: $0.text) }
        return analyzeBlocks(blocks, organization: nil).paragraphs
    }

    // MARK: Building one meeting

    private enum Outcome { case success(Meeting), failure(String) }

    private func build(
        _ segment: DocumentSegment, format: DocumentFormat, encoding: String, options: ExtractOptions,
        forced: Bool = false
    ) -> Outcome {
        guard !segment.blocks.isEmpty || forced else { return .failure("no body paragraphs after the headline") }
        let tokenized = segment.blocks.map { TokenizedText($0.text) }
        let dates = tokenized.map { DateFinder.find(in: $0) }
        let published = segment.metadata.published ?? Extractor.publicationDate(headerLines: segment.headerLines)
        let header = HeaderExtractor(entities: entities).extract(
            title: segment.title, headerLines: segment.headerLines, blocks: tokenized,
            dates: dates, published: published)
        let force = options.force || forced
        let given = options.overrides
        guard header.date != nil || given.date != nil || force else { return .failure("no meeting date found") }
        // Bilateral and ad-hoc meetings name no body or organisation; what must be there is a gathering
        // (or the body or organisation the importer names for it).
        if !force, given.body == nil, given.organization == nil,
            let reason = MeetingEvidence.reasonForNoMeeting(title: TokenizedText(segment.title), blocks: Array(tokenized.prefix(6)))
        {
            return .failure(reason)
        }
        var title = header.title.trimmingCharacters(in: .whitespaces)
        // No headline in the body: the front matter's title, then the body's name.
        if title.isEmpty { title = segment.metadata.title ?? header.body ?? options.fallbackTitle }

        var analysis = analyzeBlocks(
            segment.blocks, tokenized: tokenized, dates: dates, organization: header.organization,
            title: title, publisher: PublisherCountry.code(forSourceURL: segment.metadata.sourceURL),
            author: segment.metadata.creators.first { $0.contains(",") })
        // The convening organisation does not attend its own meeting.
        analysis.attendance.removeAll { $0.organization != nil && $0.organization == header.organization }
        let date = header.date?.date ?? options.fallbackDate
        let id = MeetingID.make(date: date, name: Extractor.idName(header.body ?? header.organization.map { "\($0) \(title)" } ?? title))
        let source = Source(
            file: options.sourceName, sha256: "", format: format.rawValue, encoding: encoding,
            importedAt: options.importedAt, extractor: Extractor.version)
        let meeting = Meeting(
            id: id, title: title, date: date, endDate: header.date?.endDate, datePrinted: header.date?.printed,
            organization: header.organization, body: header.body, level: header.level, location: header.location,
            occasion: header.occasion, source: source, attendance: analysis.attendance, people: analysis.people,
            paragraphs: analysis.paragraphs, statements: analysis.statements, events: analysis.events)
        return .success(MeetingOverrides.apply(given, to: meeting))
    }

    /// The day a page was published: its first header line that holds a date and little else
    /// (a press page's date line, a dateline "Brussels, 15 November 2015").
    static func publicationDate(headerLines: [String]) -> String? {
        for line in headerLines {
            let t = TokenizedText(line)
            let words = t.tokens.filter(\.isWord)
            guard let d = DateFinder.find(in: t).first, d.endDate == nil else { continue }
            let inDate = words.filter { $0.start >= d.start && $0.end <= d.end }.count
            if words.count - inDate <= 4 { return d.date }
        }
        return nil
    }

    /// Words that carry no meaning in an id.
    static let idStopWords: Set<String> = [
        "the", "of", "on", "and", "for", "against", "in", "at", "to", "a", "an", "republic", "kingdom", "state",
    ]

    static func idName(_ name: String) -> String {
        MeetingID.slug(name, maxLength: 200).split(separator: "-").filter { !idStopWords.contains(String($0)) }.joined(separator: " ")
    }

    struct Analysis {
        var paragraphs: [Paragraph]
        var people: [Person]
        var attendance: [Attendance]
        var statements: [Statement]
        var events: [ReferencedEvent]
    }

    func analyzeBlocks(
        _ blocks: [DocumentSegment.Block], tokenized: [TokenizedText]? = nil, dates: [[FoundDate]]? = nil,
        organization: String?, title: String = "", publisher: String? = nil, author: String? = nil
    ) -> Analysis {
        let texts = tokenized ?? blocks.map { TokenizedText($0.text) }
        let blockDates = dates ?? texts.map { DateFinder.find(in: $0) }
        var resolver = PeopleResolver()
        var paragraphs: [Paragraph] = []
        var attendance: [Attendance] = []
        var events: [ReferencedEvent] = []
        var blockMentions: [[Mention]] = []
        var blockEntities: [[EntityMention]] = []
        for (j, block) in blocks.enumerated() {
            let text = texts[j]
            let index = j + 1
            let sentences = Sentences.split(text)
            let found = entities.mentions(in: text, demonyms: true)
            blockEntities.append(found)
            let mentions = persons.find(in: text, entities: found, sentences: sentences)
            resolver.add(mentions, block: index, text: text, sentences: sentences)
            attendance += AttendanceFinder.find(in: text, block: index, sentences: sentences, entities: found)
            var ms: [Mention] = []
            for e in found {
                guard let ref = e.ref else { continue }
                let kind: Mention.Kind = e.kind == .organization ? .organization : .country
                ms.append(Mention(kind: kind, ref: ref, start: e.start, end: e.end, rule: e.rule))
            }
            for d in blockDates[j] {
                ms.append(Mention(kind: .date, ref: d.date, start: d.start, end: d.end, rule: "date"))
            }
            for e in EventFinder.find(in: text) {
                events.append(ReferencedEvent(date: e.date, label: e.label, paragraph: index))
                ms.append(Mention(kind: .event, ref: e.label, start: e.start, end: e.end, rule: "event"))
            }
            blockMentions.append(ms)
            paragraphs.append(
                Paragraph(
                    index: index, number: block.number, section: block.section, text: block.text,
                    citations: citations.citations(in: text)))
        }

        if let author {
            let firstPerson = texts.indices.filter { j in
                texts[j].tokens.contains { $0.kind == .word && $0.folded == "i" && $0.isCapitalized && $0.end - $0.start == 1 }
            }
            resolver.addAuthor(name: PeopleResolver.authorName(author), role: nil, of: publisher, blocks: firstPerson.map { $0 + 1 })
        }
        if !title.isEmpty {
            let headline = TokenizedText(title)
            resolver.addHeadline(
                persons.find(
                    in: headline, entities: entities.mentions(in: headline, demonyms: true),
                    sentences: Sentences.split(headline)))
        }
        // Whose delegation an unqualified post belongs to, then the people group sentences report.
        if resolver.people.contains(where: { $0.of == nil && $0.role != nil }) || !resolver.unresolvedRoles.isEmpty {
            var qualified: [PeopleResolver.QualifiedPost] = []
            let headline = TokenizedText(title)
            qualified += persons.qualifiedPosts(in: headline, entities: entities.mentions(in: headline, demonyms: true))
            for (j, t) in texts.enumerated() { qualified += persons.qualifiedPosts(in: t, entities: blockEntities[j]) }
            resolver.completeAffiliations(qualified: qualified, publisher: publisher)
        }
        resolver.settleDelegations()

        // People and their ids.
        var people: [Person] = []
        var ids: [String] = []
        var used = Set<String>()
        for r in resolver.people {
            var of = r.of
            if of == nil, let role = r.role,
                Extractor.organizationPosts.contains(where: { PeopleResolver.normalizedRole(role).contains($0) })
            {
                of = organization
            }
            var base = r.name.map { MeetingID.slug($0) } ?? MeetingID.slug("\(r.role ?? "representative") \(of ?? "")")
            if base.isEmpty { base = "person" }
            var id = base
            var n = 2
            while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
            used.insert(id)
            ids.append(id)
            people.append(Person(id: id, name: r.name, honorifics: r.honorifics, role: r.role, of: of))
        }
        for span in resolver.spans {
            paragraphs[span.block - 1].speakers.append(ids[span.person])
            blockMentions[span.block - 1].append(
                Mention(kind: .person, ref: ids[span.person], start: span.start, end: span.end, rule: span.rule))
        }
        for i in paragraphs.indices {
            var seen = Set<String>()
            paragraphs[i].speakers = paragraphs[i].speakers.filter { seen.insert($0).inserted }
            paragraphs[i].mentions = blockMentions[i].sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        }

        // "Following are X's remarks at …": the page is X's speech, and every block is X's; others are only mentioned.
        if let first = texts.first, MeetingEvidence.introducedKind(first) != nil,
            let speaker = resolver.spans.first(where: { $0.block == 1 && resolver.people[$0.person].name != nil })?.person
        {
            let id = ids[speaker]
            for i in paragraphs.indices { paragraphs[i].speakers = [id] }
            let statements = [
                Statement(
                    speaker: id, paragraphs: paragraphs.map(\.index), mode: .direct,
                    attribution: resolver.people[speaker].attributions[1])
            ]
            return finish(
                paragraphs: paragraphs, people: people, attendance: attendance, statements: statements, events: events,
                resolver: resolver, blockMentions: blockMentions)
        }

        // Statements: consecutive blocks of one speaker.
        var statements: [Statement] = []
        for (p, r) in resolver.people.enumerated() {
            var run: [Int] = []
            func flush() {
                guard let first = run.first else { return }
                statements.append(
                    Statement(
                        speaker: ids[p], paragraphs: run, mode: r.group.contains(first) ? .summary : .reported,
                        attribution: r.attributions[first]))
                run = []
            }
            for b in r.blocks.sorted() {
                if let last = run.last, b != last + 1 { flush() }
                run.append(b)
            }
            flush()
        }
        statements.sort { ($0.paragraphs[0], $0.speaker) < ($1.paragraphs[0], $1.speaker) }
        return finish(
            paragraphs: paragraphs, people: people, attendance: attendance, statements: statements, events: events,
            resolver: resolver, blockMentions: blockMentions)
    }

    /// Attendance: listed attendees, then the states speakers represent; one entry per state or organisation.
    private func finish(
        paragraphs: [Paragraph], people: [Person], attendance: [Attendance], statements: [Statement],
        events: [ReferencedEvent], resolver: PeopleResolver, blockMentions: [[Mention]]
    ) -> Analysis {
        var attendance = attendance
        for (p, person) in people.enumerated() {
            guard let of = person.of, gazetteer.countries[of] != nil,
                let span = resolver.spans.first(where: { $0.person == p })
            else { continue }
            // The state's own name inside the mention when it is written there, else the whole mention.
            let named = blockMentions[span.block - 1].first {
                $0.kind == .country && $0.ref == of && $0.start >= span.start && $0.end <= span.end
            }
            let (start, end) = named.map { ($0.start, $0.end) } ?? (span.start, span.end)
            let text = paragraphs[span.block - 1].slice(start: start, end: end) ?? person.displayName
            attendance.append(Attendance(country: of, asWritten: text, paragraph: span.block, start: start, end: end))
        }
        var seen = Set<String>()
        attendance.sort { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
        attendance = attendance.filter { a in
            let key = a.country ?? a.organization.map { "org:" + $0 } ?? "text:" + a.asWritten
            return seen.insert(key).inserted
        }
        return Analysis(paragraphs: paragraphs, people: people, attendance: attendance, statements: statements, events: events)
    }

    /// Posts held in an organisation's secretariat: their holder belongs to the convening organisation.
    static let organizationPosts = [
        "secretary general", "commissioner", "chairperson of the commission", "special envoy",
        "high representative", "director general", "executive secretary",
    ]
}
