import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List meetings, newest first: date, id, counts and title."
    )

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var filterOptions: MeetingFilterOptions

    @Flag(help: "Print a JSON array of summaries.")
    var json = false

    func run() throws {
        let store = try storeOptions.open()
        let (summaries, total) = filterOptions.selectedSummaries(in: store)

        if json {
            Console.write(String(decoding: try RecordCoding.encode(summaries), as: UTF8.self))
            return
        }
        var out = ""
        out.reserveCapacity(summaries.count * 120)
        for s in summaries {
            out += s.date
            out += "  "
            out += s.id
            out += "  "
            out += "\(s.paragraphs)¶ \(Plural.count(s.speakers, "speaker")) \(Plural.count(s.citations, "citation"))  "
            out += Console.safe(s.title)
            out += "\n"
        }
        if summaries.isEmpty {
            out =
                total == 0
                ? "No meetings in \(store.root.path) yet; add some with plenary import.\n"
                : "No meeting matches.\n"
        }
        Console.write(out)
    }
}
