import PlenaryModel

/// Paragraphs as Markdown, CSV or JSON for `plenary export`. Pure: the command reads the
/// store and writes the result. Every exported paragraph carries its citation line
/// (meeting, date, paragraph) so a quote can always be traced back.
enum ExportRenderer {
    /// One exported paragraph with the meeting it belongs to.
    struct Item {
        var meeting: Meeting
        var paragraph: Paragraph
    }

    /// One paragraph as JSON for `export --query` and `--person`.
    struct Record: Encodable {
        var meeting: String
        var date: String
        var title: String
        var organization: String?
        var paragraph: Int
        var number: String?
        var speakers: [String]
        var text: String
        var citation: String

        init(_ item: Item) {
            let m = item.meeting, p = item.paragraph
            meeting = m.id
            date = m.date
            title = m.title
            organization = m.organization
            paragraph = p.index
            number = p.number
            speakers = p.speakers.map { m.person($0)?.displayName(countryName: GazetteerCountries.name) ?? $0 }
            text = p.text
            citation = ExportRenderer.citationLine(item)
        }
    }

    static func markdown(_ items: [Item]) -> String {
        var out = ""
        var current: String?
        for item in items {
            let m = item.meeting
            if current != m.id {
                current = m.id
                if !out.isEmpty { out += "\n" }
                out += "## \(escapeMarkdown(m.title))\n\n"
                let facts = [m.endDate.map { "\(m.date) – \($0)" } ?? m.date, m.organization, m.body, m.location].compactMap { $0 }
                out += "*" + facts.map(escapeMarkdown).joined(separator: " · ") + "* — `\(m.id)`\n\n"
            }
            let p = item.paragraph
            let speakers = p.speakers.map { m.person($0)?.displayName ?? $0 }
            var line = p.number.map { "\($0). " } ?? ""
            if !speakers.isEmpty { line += "**" + speakers.map(escapeMarkdown).joined(separator: ", ") + ":** " }
            out += "> " + line + escapeMarkdown(p.text) + "\n>\n"
            out += "> — \(citationLine(item))\n\n"
        }
        return out
    }

    static func csv(_ items: [Item]) -> String {
        var rows = [["meeting", "date", "organization", "body", "title", "paragraph", "number", "speakers", "citations", "text"]]
        for item in items {
            let m = item.meeting, p = item.paragraph
            rows.append([
                m.id, m.date, m.organization ?? "", m.body ?? "", m.title, String(p.index), p.number ?? "",
                p.speakers.map { m.person($0)?.displayName ?? $0 }.joined(separator: "; "),
                p.citations.map { $0.symbol ?? $0.title ?? $0.surface }.joined(separator: "; "),
                p.text,
            ])
        }
        return rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The source of a quote as a report cites it, the same line as the browser's `y`:
    /// "Russian Federation (Mr. Nebenzia), S/PV.8710, 30 January 2020, para. 53".
    static func citationLine(_ item: Item) -> String {
        PassageCitation(meeting: item.meeting, paragraphs: [item.paragraph.index], countryName: GazetteerCountries.name).line
    }

    /// RFC 4180: quote fields holding commas, quotes or line breaks; double inner quotes.
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]<>#|".contains(ch) { out.append("\\") }
            out.append(ch == "\n" ? " " : ch)
        }
        return out
    }
}
