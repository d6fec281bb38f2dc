import ArgumentParser
import PlenaryModel
import PlenaryStore

/// `--from`, `--to`, `--org`, `--body`: the meeting selection shared by list, timeline and export.
struct MeetingFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only meetings of this organisation (e.g. OIC).", valueName: "acronym"))
    var org: String?

    @Option(help: ArgumentHelp("Only meetings whose body contains this text.", valueName: "text"))
    var body: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !ISODate.isValidPartial(value) {
                throw ValidationError("\(name) \(value): expected YYYY, YYYY-MM or YYYY-MM-DD")
            }
        }
    }

    var filter: MeetingFilter { MeetingFilter(from: from, to: to, organization: org, body: body) }

    /// The store's summaries the options select, newest first, after warning on stderr about
    /// files that could not be read. `total` is the store's count before filtering.
    func selectedSummaries(in store: Store) -> (selected: [MeetingSummary], total: Int) {
        let listing = store.summaries()
        for problem in listing.problems { Console.error("\(problem) (run plenary check)") }
        let filter = self.filter
        return (listing.summaries.filter(filter.matches), listing.summaries.count)
    }
}
