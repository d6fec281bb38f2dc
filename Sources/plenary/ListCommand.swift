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

    @Option(help: ArgumentHelp("Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only meetings of this organisation (e.g. OIC).", valueName: "acronym"))
    var org: String?

    @Option(help: ArgumentHelp("Only meetings whose body contains this text.", valueName: "text"))
    var body: String?

    @Flag(help: "Print a JSON array of summaries.")
    var json = false

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !ISODate.isValidPartial(value) {
                throw ValidationError("\(name) \(value): expected YYYY, YYYY-MM or YYYY-MM-DD")
            }
        }
    }

    func run() throws {
        let store = try storeOptions.open()
        let listing = store.summaries()
        for problem in listing.problems { Console.error("\(problem) (run plenary check)") }
        let filter = MeetingFilter(from: from, to: to, organization: org, body: body)
        let summaries = listing.summaries.filter(filter.matches)

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
            out += "\(s.paragraphs)¶ \(s.speakers) speakers \(s.citations) citations  "
            out += Console.safe(s.title)
            out += "\n"
        }
        if summaries.isEmpty {
            out = listing.summaries.isEmpty ? "No meetings in \(store.root.path) yet; add some with plenary import.\n"
                                            : "No meeting matches.\n"
        }
        Console.write(out)
    }
}
