import PlenaryModel
import PlenaryRegistry
import PlenarySearch
import PlenaryStore

/// `plenary show S/RES/822`, `plenary show A/RES/80/10`: the catalogue facts of a resolution,
/// its text when the store keeps it (preamble, numbered operative paragraphs), then every
/// paragraph citing it with its meeting and speakers, oldest first.
enum ResolutionText {
    struct CitingParagraph: Encodable {
        var date: String
        var meetingID: String
        var meetingTitle: String
        var meetingSymbol: String?
        var paragraph: Int
        var speakers: [String]
        var surface: String
        var symbol: String?
        var text: String
        /// The catalogue's year when the citation prints another one (the printed form is `surface`/`symbol`).
        var catalogueYear: Int?
    }

    struct Report: Encodable {
        var query: String
        /// The symbol asked for when its year disagrees with the catalogue's (`S/RES/2254 (2004)`).
        var asked: String?
        var resolution: CatalogResolution?
        /// The resolution's text, when the store keeps it (`catalog/texts/`).
        var text: ResolutionDocument?
        var citations: [CitingParagraph]
    }

    static func report(_ query: ResolutionQuery, store: Store, index: SearchIndex, catalog: Catalog) throws -> Report {
        var refs = try index.citations(ofResolution: query.number)
        if let found = catalog.resolutions[query.number] {
            // The catalogue's resolution, with every citation of its number: a citation printed
            // with another year ("2254 (2004)", a typo in the source) is listed and flagged.
            let text = try? store.resolutionText(symbol: found.symbol)
            var citations = try citing(refs, index: index)
            for i in citations.indices {
                if let symbol = citations[i].symbol, symbol != found.symbol { citations[i].catalogueYear = found.year }
            }
            var asked: String?
            if let year = query.year, year != found.year { asked = "S/RES/\(query.number) (\(year))" }
            return Report(query: found.symbol, asked: asked, resolution: found, text: text ?? nil, citations: citations)
        }
        if let year = query.year { refs = refs.filter { $0.symbol == "S/RES/\(query.number) (\(year))" } }
        let label = query.year.map { "S/RES/\(query.number) (\($0))" } ?? "S/RES/\(query.number)"
        let text = query.year.flatMap { try? store.resolutionText(symbol: "S/RES/\(query.number) (\($0))") } ?? nil
        return Report(query: label, resolution: nil, text: text, citations: try citing(refs, index: index))
    }

    /// A resolution known by its canonical symbol alone (`A/RES/80/10`): its text and its citations.
    static func report(symbol: String, store: Store, index: SearchIndex) throws -> Report {
        let text: ResolutionDocument?
        do { text = try store.resolutionText(symbol: symbol) } catch { throw CommandFailure.failed(error.description) }
        return Report(query: symbol, resolution: nil, text: text, citations: try citing(try index.citations(of: symbol), index: index))
    }

    /// The citing paragraphs with their speakers, read from the index in one query.
    static func citing(_ refs: [CitationRef], index: SearchIndex) throws -> [CitingParagraph] {
        let paragraphs = try index.citingParagraphs(refs)
        return zip(refs, paragraphs).map { ref, p -> CitingParagraph in
            CitingParagraph(
                date: ref.date, meetingID: ref.meetingID, meetingTitle: ref.meetingTitle,
                meetingSymbol: ref.meetingSymbol, paragraph: ref.paragraph, speakers: p.speakerNames,
                surface: ref.surface, symbol: ref.symbol, text: p.text ?? "", catalogueYear: nil)
        }
    }

    static func render(_ report: Report, catalogLoaded: Bool) -> String {
        var lines = [report.query, String(repeating: "=", count: report.query.count)]
        if let asked = report.asked, let r = report.resolution {
            lines.append(
                "No \(asked) in the catalogue: \(report.query) is resolution \(r.number), adopted in \(r.year); citations printed \(asked) are listed below and flagged."
            )
        }
        if let r = report.resolution {
            if let date = r.date { lines.append("Adopted: \(HumanDate.format(date)) (\(date))") }
            if let record = r.meetingRecord { lines.append("Meeting: \(record)") }
            if let press = r.pressRelease { lines.append("Press release: \(press)") }
            lines.append("Topic: \(Console.safe(r.topic))")
            if let vote = r.vote { lines.append("Vote: \(vote)") }
        } else if report.text != nil {
            // The text says what the catalogue would.
        } else if !report.query.hasPrefix("S/RES/") {
            lines.append("The store keeps no text of it: import the text with plenary import FILE.")
        } else if catalogLoaded {
            lines.append("Not in the store's catalogue (unknown symbol).")
        } else {
            lines.append("No catalogue imported: run plenary catalog import resolutions.tsv for the facts.")
        }
        if let text = report.text { lines += ResolutionDocumentText.render(text) }
        lines.append("")
        let meetings = Set(report.citations.map(\.meetingID)).count
        if report.citations.isEmpty {
            lines.append("No paragraph in the store cites it.")
        } else {
            lines.append(
                "Cited in \(report.citations.count) paragraph\(report.citations.count == 1 ? "" : "s") of \(meetings) meeting\(meetings == 1 ? "" : "s"):"
            )
        }
        for c in report.citations {
            lines.append("")
            let symbol = c.meetingSymbol.map { "\($0) — " } ?? ""
            lines.append(Console.safe("\(c.date)  \(symbol)\(c.meetingTitle)  [\(c.meetingID) ¶\(c.paragraph)]"))
            if !c.speakers.isEmpty { lines.append(Console.safe("  Speaker: \(c.speakers.joined(separator: ", "))")) }
            if let year = c.catalogueYear, let s = c.symbol {
                lines.append(Console.safe("  Cited as: \(c.surface) → \(s) — the year disagrees with the catalogue (\(year))"))
            } else if let s = c.symbol, s != report.query, report.resolution.map({ $0.symbol != s }) ?? true {
                lines.append(Console.safe("  Cited as: \(c.surface) → \(s)"))
            }
            lines.append(Console.safe("  " + c.text))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
