import PlenaryModel

/// Lines `plenary show` adds under a meeting whose symbol is in the catalogue: the agenda,
/// the adopted outcomes, and what the catalogue says about each citation.
enum CatalogNotes {
    static func render(_ meeting: Meeting, catalog: Catalog) -> String {
        var lines: [String] = []
        if let symbol = meeting.symbol, let entry = catalog.meeting(record: symbol) {
            lines.append("Catalogue: \(entry.record)" + (entry.pressRelease.map { ", press release \($0)" } ?? ""))
            for topic in entry.topics { lines.append("  Agenda: " + Console.safe(topic)) }
            for outcome in entry.outcomes {
                var line = "  Adopted: \(outcome)"
                if let r = catalog.resolution(symbol: outcome), let vote = r.vote { line += " — \(vote)" }
                lines.append(line)
            }
        }
        var unknown: [String] = []
        for c in meeting.citations {
            guard let symbol = c.symbol, !catalog.resolutions.isEmpty else { continue }
            switch catalog.status(of: c) {
            case .unknown, .yearDisagrees: if !unknown.contains(symbol) { unknown.append(symbol) }
            default: break
            }
        }
        if !unknown.isEmpty { lines.append("Cited but unknown to the catalogue: " + unknown.joined(separator: ", ")) }
        return lines.isEmpty ? "" : "\n" + lines.joined(separator: "\n") + "\n"
    }
}
