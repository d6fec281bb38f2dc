import PlenaryModel
import TerminalUI

/// A meeting turned into blocks of text to lay out: the header, the delegations, then the
/// paragraphs with a speaker heading wherever the speaker changes. Built once when the
/// meeting loads; `MeetingLayout` wraps it to a width.
public struct MeetingDocument: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case title, detail, rule, speaker, blank
        case paragraph(index: Int)
    }

    public struct Block: Equatable, Sendable {
        public var kind: Kind
        public var text: String
        public var style: Style
        /// Shown left of the first line: the printed paragraph number.
        public var margin: String
        /// Whether the block is set in the margin column (paragraphs) or from the left edge.
        public var indented: Bool
    }

    public var blocks: [Block]
    public var links: [DocumentLink]
    /// Block of each paragraph by its 1-based index.
    public var paragraphBlocks: [Int: Int]
    /// Block of each paragraph by its printed number (first block of that number).
    public var numberedBlocks: [String: Int]
    /// What the status line calls a paragraph: its number, or the number it continues.
    public var paragraphLabels: [Int: String]
    /// Paragraph indexes in reading order (the paragraph cursor walks these).
    public var paragraphOrder: [Int]
    /// The record itself, for citing its paragraphs.
    public let meeting: Meeting
    /// State names, for what the status line says of a focused link.
    let countries: CountryNames
    /// Layouts by width; not part of the value (see `==`).
    let layouts = LayoutCache()

    public func layout(width: Int) -> MeetingLayout { layouts.layout(for: self, width: width) }

    public static func == (a: MeetingDocument, b: MeetingDocument) -> Bool {
        a.blocks == b.blocks && a.links == b.links && a.paragraphBlocks == b.paragraphBlocks
            && a.numberedBlocks == b.numberedBlocks && a.paragraphLabels == b.paragraphLabels && a.meeting.id == b.meeting.id
    }

    /// `countries` names the states of codes; `council` is the catalogue's entry for a
    /// Security Council record (agenda, outcome, press release), when the store has one.
    public init(_ meeting: Meeting, countries: CountryNames = CountryNames(), council: CouncilRecord? = nil) {
        self.meeting = meeting
        self.countries = countries
        var blocks: [Block] = []
        var links: [DocumentLink] = []
        var paragraphBlocks: [Int: Int] = [:]
        var numberedBlocks: [String: Int] = [:]
        var paragraphLabels: [Int: String] = [:]

        func add(_ kind: Kind, _ text: String, _ style: Style, margin: String = "", indented: Bool = false) {
            blocks.append(Block(kind: kind, text: text, style: style, margin: margin, indented: indented))
        }

        add(.title, meeting.title, .title)
        var facts = [meeting.endDate.map { "\(meeting.date) – \($0)" } ?? meeting.date]
        for fact in [meeting.organization, meeting.level, meeting.location, meeting.symbol] {
            if let fact, !fact.isEmpty { facts.append(fact) }
        }
        add(.detail, facts.joined(separator: " · "), .dim)
        if let body = meeting.body, !body.isEmpty { add(.detail, "Body: " + body, .normal) }
        if let occasion = meeting.occasion, !occasion.isEmpty { add(.detail, "Occasion: " + occasion, .normal) }
        if let council {
            for topic in council.topics { add(.detail, "Agenda: " + topic, .normal) }
            for outcome in council.outcomes {
                let block = blocks.count
                let text = "Outcome: " + outcome.text
                let start = "Outcome: ".unicodeScalars.count
                let length = outcome.symbol.unicodeScalars.count
                if outcome.text.hasPrefix(outcome.symbol) {
                    links.append(
                        DocumentLink(
                            target: .citation(symbol: outcome.symbol, surface: outcome.symbol, verb: "adopted"),
                            block: block, range: start..<(start + length)))
                }
                add(.detail, text, .normal)
            }
            if let release = council.pressRelease { add(.detail, "Press release: " + release, .normal) }
        }

        if !meeting.attendance.isEmpty {
            var text = "Attending (\(meeting.attendance.count)): "
            var offset = text.unicodeScalars.count
            let block = blocks.count
            for (i, item) in meeting.attendance.enumerated() {
                if i > 0 {
                    text += ", "
                    offset += 2
                }
                let label = MeetingDocument.attendanceLabel(item, countries: countries)
                let length = label.unicodeScalars.count
                if let code = item.country {
                    links.append(DocumentLink(target: .country(code), block: block, range: offset..<(offset + length)))
                } else if let org = item.organization {
                    links.append(DocumentLink(target: .organization(org), block: block, range: offset..<(offset + length)))
                }
                text += label
                offset += length
            }
            add(.detail, text, .normal)
        }
        add(.rule, "", .dim)

        let people = Dictionary(meeting.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var previousSpeakers: [String] = []
        for paragraph in meeting.paragraphs {
            if !paragraph.speakers.isEmpty && paragraph.speakers != previousSpeakers {
                add(.blank, "", .normal)
                var text = ""
                let block = blocks.count
                for (i, id) in paragraph.speakers.enumerated() {
                    if i > 0 { text += "; " }
                    let person = people[id]
                    let name = person.map { MeetingDocument.speakerName($0, countries: countries) } ?? id
                    let start = text.unicodeScalars.count
                    text += name
                    links.append(
                        DocumentLink(
                            target: .person(id: id, name: name), block: block,
                            range: start..<text.unicodeScalars.count))
                    if let person, person.name != nil {
                        let about = [person.role, person.of.map { countries.name($0) ?? $0 }].compactMap { $0 }.joined(separator: ", ")
                        if !about.isEmpty { text += " — " + about }
                    }
                }
                add(.speaker, text, .heading, indented: true)
            }
            if !paragraph.speakers.isEmpty { previousSpeakers = paragraph.speakers }
            add(.blank, "", .normal)
            let block = blocks.count
            paragraphBlocks[paragraph.index] = block
            paragraphLabels[paragraph.index] = paragraph.number ?? paragraph.section.map { "\($0) (cont.)" } ?? "#\(paragraph.index)"
            if let number = paragraph.number, numberedBlocks[number] == nil { numberedBlocks[number] = block }
            // Links in reading order within the paragraph.
            var spans: [DocumentLink] = []
            for citation in paragraph.citations where citation.end > citation.start {
                spans.append(
                    DocumentLink(
                        target: .citation(symbol: citation.symbol, surface: citation.surface, verb: citation.verb),
                        block: block, range: citation.start..<citation.end))
            }
            for mention in paragraph.mentions where mention.end > mention.start {
                switch mention.kind {
                case .country: spans.append(DocumentLink(target: .country(mention.ref), block: block, range: mention.start..<mention.end))
                case .organization:
                    spans.append(DocumentLink(target: .organization(mention.ref), block: block, range: mention.start..<mention.end))
                default: break
                }
            }
            spans.sort { $0.range.lowerBound < $1.range.lowerBound }
            // Overlapping spans would make focus ambiguous: keep the first.
            var lastEnd = 0
            for span in spans where span.range.lowerBound >= lastEnd {
                links.append(span)
                lastEnd = span.range.upperBound
            }
            add(.paragraph(index: paragraph.index), paragraph.text, .normal, margin: paragraph.number ?? "", indented: true)
        }
        self.blocks = blocks
        self.links = links
        self.paragraphBlocks = paragraphBlocks
        self.numberedBlocks = numberedBlocks
        self.paragraphLabels = paragraphLabels
        self.paragraphOrder = meeting.paragraphs.map(\.index).filter { paragraphBlocks[$0] != nil }
    }

    static func attendanceLabel(_ item: Attendance, countries: CountryNames) -> String {
        var label = item.asWritten
        for article in ["the ", "The "] where label.hasPrefix(article) { label = String(label.dropFirst(article.count)) }
        if let code = item.country {
            // The name as the gazetteer has it when the text abbreviates or decorates it.
            if let name = countries.name(code), label.count <= 3 { label = name }
            return "\(label) (\(code))"
        }
        return label
    }

    /// A speaker as the heading shows them: the name, or for an unnamed speaker (the
    /// Council's President) the post and the delegation by name.
    static func speakerName(_ person: Person, countries: CountryNames) -> String {
        if let name = person.name { return name }
        let role = person.role ?? "Representative"
        guard let of = person.of else { return role }
        return "\(role) (\(countries.name(of) ?? of))"
    }

    /// What the status line says of a focused link: "Country Azerbaijan (AZE)".
    public func summary(of link: DocumentLink) -> String {
        if case .country(let code) = link.target { return "Country " + countries.label(code) }
        return link.summary
    }

    /// The paragraph index of a block, if it is a paragraph.
    public func paragraphIndex(of block: Int) -> Int? {
        guard blocks.indices.contains(block), case .paragraph(let index) = blocks[block].kind else { return nil }
        return index
    }
}
