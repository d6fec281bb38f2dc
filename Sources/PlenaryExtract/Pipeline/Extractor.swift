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
           (try? JSONSerialization.jsonObject(with: Data(decoded.text.utf8), options: [.fragmentsAllowed])) != nil {
            throw .notADocument(what: "JSON data")
        }
        let format = options.format ?? DocumentFormat.detect(decoded.text)
        let meetings = try extract(text: decoded.text, format: format, encoding: decoded.encoding, options: options)
        return Result(meetings: meetings, format: format, encoding: decoded.encoding)
    }

    public func extract(text: String, format: DocumentFormat, encoding: String = "utf-8",
                        options: ExtractOptions = ExtractOptions()) throws(ExtractError) -> [Meeting] {
        let raw: [RawBlock]
        switch format {
        case .html: raw = try HTMLBlockReader.read(text)
        case .text: raw = PlainTextBlockReader.read(text)
        }
        try RawBlock.checkLengths(raw)
        let segments = DocumentSegmenter.segment(raw)
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
                let fallback = DocumentSegment(title: segments.first?.title ?? "", headerLines: [], blocks: found.isEmpty ? blocks : found)
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

    private func build(_ segment: DocumentSegment, format: DocumentFormat, encoding: String, options: ExtractOptions,
                       forced: Bool = false) -> Outcome {
        guard !segment.blocks.isEmpty || forced else { return .failure("no body paragraphs after the headline") }
        let tokenized = segment.blocks.map { TokenizedText($0.text) }
        let dates = tokenized.map { DateFinder.find(in: $0) }
        let header = HeaderExtractor(entities: entities).extract(title: segment.title, headerLines: segment.headerLines, blocks: tokenized, dates: dates)
        let force = options.force || forced
        guard header.date != nil || force else { return .failure("no meeting date found") }
        guard header.body != nil || header.organization != nil || force else { return .failure("no convening body or organisation named") }
        var title = header.title.trimmingCharacters(in: .whitespaces)
        if title.isEmpty { title = header.body ?? options.fallbackTitle }

        var analysis = analyzeBlocks(segment.blocks, tokenized: tokenized, dates: dates, organization: header.organization)
        // The convening organisation does not attend its own meeting.
        analysis.attendance.removeAll { $0.organization != nil && $0.organization == header.organization }
        let date = header.date?.date ?? options.fallbackDate
        let id = MeetingID.make(date: date, name: Extractor.idName(header.body ?? header.organization.map { "\($0) \(title)" } ?? title))
        let source = Source(file: options.sourceName, sha256: "", format: format.rawValue, encoding: encoding,
                            importedAt: options.importedAt, extractor: Extractor.version)
        let meeting = Meeting(id: id, title: title, date: date, endDate: header.date?.endDate, datePrinted: header.date?.printed,
                              organization: header.organization, body: header.body, level: header.level, location: header.location,
                              occasion: header.occasion, source: source, attendance: analysis.attendance, people: analysis.people,
                              paragraphs: analysis.paragraphs, statements: analysis.statements, events: analysis.events)
        return .success(meeting)
    }

    /// Words that carry no meaning in an id.
    static let idStopWords: Set<String> = ["the", "of", "on", "and", "for", "against", "in", "at", "to", "a", "an", "republic", "kingdom", "state"]

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

    func analyzeBlocks(_ blocks: [DocumentSegment.Block], tokenized: [TokenizedText]? = nil, dates: [[FoundDate]]? = nil,
                       organization: String?) -> Analysis {
        let texts = tokenized ?? blocks.map { TokenizedText($0.text) }
        let blockDates = dates ?? texts.map { DateFinder.find(in: $0) }
        var resolver = PeopleResolver()
        var paragraphs: [Paragraph] = []
        var attendance: [Attendance] = []
        var events: [ReferencedEvent] = []
        var blockMentions: [[Mention]] = []
        for (j, block) in blocks.enumerated() {
            let text = texts[j]
            let index = j + 1
            let sentences = Sentences.split(text)
            let found = entities.mentions(in: text, demonyms: true)
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
            paragraphs.append(Paragraph(index: index, number: block.number, section: block.section, text: block.text,
                                        citations: citations.citations(in: text)))
        }

        // People and their ids.
        var people: [Person] = []
        var ids: [String] = []
        var used = Set<String>()
        for r in resolver.people {
            var of = r.of
            if of == nil, let role = r.role, Extractor.organizationPosts.contains(where: { PeopleResolver.normalizedRole(role).contains($0) }) {
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
            blockMentions[span.block - 1].append(Mention(kind: .person, ref: ids[span.person], start: span.start, end: span.end, rule: span.rule))
        }
        for i in paragraphs.indices {
            var seen = Set<String>()
            paragraphs[i].speakers = paragraphs[i].speakers.filter { seen.insert($0).inserted }
            paragraphs[i].mentions = blockMentions[i].sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        }

        // Statements: consecutive blocks of one speaker.
        var statements: [Statement] = []
        for (p, r) in resolver.people.enumerated() {
            var run: [Int] = []
            func flush() {
                guard let first = run.first else { return }
                statements.append(Statement(speaker: ids[p], paragraphs: run, mode: r.group.contains(first) ? .summary : .reported,
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

        // Attendance: listed attendees, then the states speakers represent; one entry per state or organisation.
        for (p, person) in people.enumerated() {
            guard let of = person.of, gazetteer.countries[of] != nil,
                  let span = resolver.spans.first(where: { $0.person == p }) else { continue }
            // The state's own name inside the mention when it is written there, else the whole mention.
            let named = blockMentions[span.block - 1].first { $0.kind == .country && $0.ref == of && $0.start >= span.start && $0.end <= span.end }
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
    static let organizationPosts = ["secretary general", "commissioner", "chairperson of the commission", "special envoy",
                                    "high representative", "director general", "executive secretary"]
}
