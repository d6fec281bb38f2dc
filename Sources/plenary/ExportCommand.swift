import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export meetings as Markdown, CSV (one row per paragraph) or JSON (records).",
        discussion: "With no ids, exports every meeting the filters select."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "Meeting ids (default: all meetings the filters select).")
    var ids: [String] = []

    @Option(name: .long, help: "markdown (md), csv or json.")
    var format: ExportFormat = .markdown

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var filterOptions: MeetingFilterOptions

    func run() throws {
        let store = try storeOptions.open()
        var meetings: [Meeting] = []
        if ids.isEmpty {
            let filter = filterOptions.filter
            let listing = store.summaries()
            for problem in listing.problems { Console.error("\(problem) (run plenary check)") }
            for summary in listing.summaries.reversed() where filter.matches(summary) {
                do { meetings.append(try store.meeting(id: summary.id)) } catch { Console.error(error.description) }
            }
        } else {
            for id in ids {
                do { meetings.append(try store.meeting(id: id)) } catch { throw CommandFailure.failed(error.description) }
            }
        }
        let text: String
        switch format {
        case .json:
            text = String(decoding: try RecordCoding.encode(meetings), as: UTF8.self)
        case .markdown, .csv:
            let items = meetings.flatMap { m in m.paragraphs.map { ExportRenderer.Item(meeting: m, paragraph: $0) } }
            text = format == .csv ? ExportRenderer.csv(items) : ExportRenderer.markdown(items)
        }
        if let output {
            do {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: (output as NSString).expandingTildeInPath))
            } catch {
                throw CommandFailure.failed(error.description)
            }
        } else {
            Console.write(format == .json ? text : (Console.stdoutIsTerminal ? Console.safe(text, keepingNewlines: true) : text))
        }
    }
}
