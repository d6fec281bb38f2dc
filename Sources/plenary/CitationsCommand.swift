import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryRegistry
import PlenarySearch
import PlenaryStore

/// `plenary citations`: instruments cited across meetings, most cited first, with what the
/// catalogue knows of each. Unknown symbols are listed as unknown, never dropped.
struct CitationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citations",
        abstract: "List cited resolutions and statements: citations, citing meetings, catalogue facts."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Print a JSON array of instruments.")
    var json = false

    struct Row: Encodable {
        var symbol: String?
        var label: String
        var citations: Int
        var meetings: Int
        var firstDate: String
        var lastDate: String
        /// `catalogued`, `unknown`, `year-disagrees`, `outside-catalogue` or `unresolved`.
        var catalogue: String
        var adopted: String?
        var topic: String?
    }

    func run() throws {
        let store = try storeOptions.open()
        let instruments = try CurrentIndex.open(store).instruments()
        let (catalog, catalogProblems) = store.loadCatalog()
        for problem in catalogProblems { Console.error(problem.description) }
        let rows = instruments.map { i -> Row in
            let probe = Citation(symbol: i.symbol, surface: i.label, start: 0, end: 0, rule: "", resolved: i.symbol != nil)
            var row = Row(
                symbol: i.symbol, label: i.label, citations: i.citations, meetings: i.meetings,
                firstDate: i.firstDate, lastDate: i.lastDate, catalogue: "", adopted: nil, topic: nil)
            switch catalog.status(of: probe) {
            case .catalogued(let r): row.catalogue = "catalogued"; row.adopted = r.date; row.topic = r.topic
            case .yearDisagrees(let r): row.catalogue = "year-disagrees"; row.topic = "catalogue has \(r.symbol)"
            case .unknown: row.catalogue = catalog.resolutions.isEmpty ? "no-catalogue" : "unknown"
            case .outsideCatalogue: row.catalogue = "outside-catalogue"
            case .unresolved: row.catalogue = "unresolved"
            }
            return row
        }
        if json {
            Console.write(String(decoding: try RecordCoding.encode(rows), as: UTF8.self))
            return
        }
        guard !rows.isEmpty else {
            Console.write("No citations in the store.\n")
            return
        }
        var out = "CITATIONS MEETINGS INSTRUMENT                CATALOGUE\n"
        for r in rows {
            let what: String
            switch r.catalogue {
            case "catalogued": what = [r.adopted, r.topic].compactMap { $0 }.joined(separator: " — ")
            case "year-disagrees": what = "year disagrees: \(r.topic ?? "")"
            case "unknown": what = "unknown to the catalogue"
            case "no-catalogue": what = "no catalogue imported"
            case "outside-catalogue": what = ""
            default: what = "title only (unresolved)"
            }
            out +=
                String(format: "%9d %8d ", r.citations, r.meetings)
                + Console.safe(r.label).padding(toLength: max(25, r.label.count), withPad: " ", startingAt: 0) + " "
                + Console.safe(what) + "\n"
        }
        Console.write(out)
    }
}
