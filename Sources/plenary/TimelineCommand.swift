import ArgumentParser
import Foundation
import PlenaryModel
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
        var meetings: [Meeting] = []
        for summary in filterOptions.selectedSummaries(in: store).selected {
            do { meetings.append(try store.meeting(id: summary.id)) } catch { Console.error(error.description) }
        }
        let timeline = Timeline.build(meetings: meetings, resolutionDates: store.loadCatalog().catalog.resolutionDates)
        if json {
            Console.write(String(decoding: try RecordCoding.encode(timeline.entries), as: UTF8.self))
            return
        }
        guard !meetings.isEmpty else {
            Console.write("No meeting matches.\n")
            return
        }
        Console.write(TimelineText.render(timeline, meetings: meetings.count, unicode: Console.stdoutIsTerminal || ProcessInfo.processInfo.environment["LANG"]?.contains("UTF-8") == true))
    }
}
