/// How a paragraph (or a run of paragraphs) of a meeting is cited in a report, the way
/// UN-watchers write it:
///
///     Russian Federation (Mr. Nebenzia), S/PV.8710, 30 January 2020, para. 53
///     OIC Contact Group on …, New York, 19 September 2017, para. 3
///
/// A verbatim record (a meeting with a document symbol) is cited by speaker and symbol;
/// anything else by the body that met, where and when. The browser's `y`/`Y`,
/// `plenary export` and `plenary show --cite` all write this one form.
public struct PassageCitation: Equatable, Sendable {
    /// "Russian Federation (Mr. Nebenzia)"; `nil` for press releases and unattributed paragraphs.
    public var speaker: String?
    /// "S/PV.8710", or the body (else the title) that met.
    public var source: String
    /// Where the source can be read: the UN document system for symbols, else the source's URL.
    public var link: String?
    /// "New York", for sources that are not document symbols.
    public var place: String?
    /// "30 January 2020".
    public var date: String
    /// "para. 53", "paras. 2–5".
    public var paragraphs: String

    /// The citation of `paragraphs` (1-based indexes) of `meeting`. `countryName` gives a
    /// state's name for its ISO code ("RUS" → "Russian Federation"); codes it does not know
    /// are printed as they are.
    public init(meeting: Meeting, paragraphs indexes: [Int], countryName: (String) -> String?) {
        let chosen = indexes.compactMap { i in meeting.paragraphs.first { $0.index == i } }
        let labels = chosen.map { $0.number ?? $0.section ?? String($0.index) }
        var distinct: [String] = []
        for label in labels where distinct.last != label { distinct.append(label) }
        if distinct.count > 1, let first = distinct.first, let last = distinct.last {
            paragraphs = "paras. \(first)–\(last)"
        } else {
            paragraphs = "para. " + (distinct.first ?? indexes.first.map(String.init) ?? "?")
        }
        date = HumanDate.format(meeting.date)
        if let symbol = meeting.symbol, !symbol.isEmpty {
            source = symbol
            place = nil
            link = "https://undocs.org/" + symbol.filter { $0 != " " }
            speaker = chosen.first.flatMap { paragraph in
                paragraph.speakers.first.flatMap { id in
                    meeting.person(id).map { person in
                        // The delegation as the record prints it ("Mr. Nebenzia (Russian Federation)").
                        let attribution = meeting.statements.first { $0.speaker == id && $0.paragraphs.contains(paragraph.index) }?
                            .attribution
                        let printed = attribution.flatMap(PassageCitation.delegation(in:))
                        return PassageCitation.speaker(person, countryName: { code in printed ?? countryName(code) })
                    }
                }
            }
        } else {
            let body = meeting.body.flatMap { $0.isEmpty ? nil : $0 }
            source = body ?? meeting.title
            place = meeting.location.flatMap { $0.isEmpty ? nil : $0 }
            link = meeting.source?.url
            speaker = nil
        }
    }

    /// "Russian Federation (Mr. Nebenzia)", "Viet Nam (the President)", "Mr. Salame".
    public static func speaker(_ person: Person, countryName: (String) -> String?) -> String {
        let delegation = person.of.map { countryName($0) ?? $0 }
        let named = person.name.map { name in ([person.honorifics.first].compactMap { $0 } + [name]).joined(separator: " ") }
        switch (delegation, named) {
        case let (delegation?, named?): return "\(delegation) (\(named))"
        case let (delegation?, nil): return "\(delegation) (the \(person.role ?? "representative"))"
        case let (nil, named?): return named
        case (nil, nil): return person.role ?? person.id
        }
    }

    /// "Russian Federation" in "Mr. Nebenzia (Russian Federation) (spoke in Russian)".
    static func delegation(in attribution: String) -> String? {
        var rest = Substring(attribution)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inside = rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if !inside.isEmpty && !inside.lowercased().hasPrefix("spoke") { return inside }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    /// The plain citation line.
    public var line: String {
        ([speaker, source, place, date, paragraphs] as [String?]).compactMap { $0 }.joined(separator: ", ")
    }

    /// The citation with the source as a Markdown link when it has one.
    public var markdown: String {
        let linked = link.map { "[\(PassageCitation.escape(source))](\($0))" } ?? PassageCitation.escape(source)
        return ([speaker.map(PassageCitation.escape), linked, place.map(PassageCitation.escape), date, paragraphs] as [String?])
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// The quotation as pasted: the text, then "— citation". As Markdown, a block quote
    /// followed by the citation with its link.
    public func quote(_ texts: [String], markdown asMarkdown: Bool) -> String {
        if asMarkdown {
            let quoted = texts.map { text in
                text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
            }.joined(separator: "\n>\n")
            return quoted + "\n\n— " + markdown + "\n"
        }
        return texts.joined(separator: "\n\n") + "\n— " + line + "\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]<>#|".contains(ch) { out.append("\\") }
            out.append(ch == "\n" ? " " : ch)
        }
        return out
    }
}
