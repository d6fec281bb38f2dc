import ArgumentParser
import Foundation
import PlenaryModel
import PlenarySearch
import PlenaryStore

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Meetings of a body or organisation on a time axis, with the events and resolutions they refer to."
    )

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var filterOptions: MeetingFilterOptions

    @Flag(help: "Print the entries as a JSON array.")
    var json = false

    func run() throws {
        let store = try storeOptions.open()
        let index = try CurrentIndex.open(store)
        let filter = filterOptions.filter
        // The date window narrows the rows in SQL; the filter then checks everything again.
        let catalog = store.loadCatalog().catalog
        let (timeline, meetings) = try index.timeline(
            from: filter.from, through: filter.to, where: { filter.matches($0) },
            resolutionDates: catalog.resolutionDates)
        if json {
            // Written as it is made, 64 KB at a time: megabytes for a whole store.
            TimelineJSON.encode(timeline.entries, chunk: 1 << 16) { Console.write($0) }
            return
        }
        guard meetings > 0 else {
            Console.write("No meeting matches.\n")
            return
        }
        Console.writeStyled(
            TimelineText.render(
                consume timeline, meetings: meetings, catalog: catalog,
                unicode: Console.stdoutIsTerminal || ProcessInfo.processInfo.environment["LANG"]?.contains("UTF-8") == true))
    }
}
