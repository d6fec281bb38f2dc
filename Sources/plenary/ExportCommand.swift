import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryRegistry
import PlenarySearch
import PlenaryStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export meetings, a search's results or one person's statements as Markdown, CSV or JSON.",
        discussion: """
            With no ids, exports every meeting the filters select. --query exports the paragraphs a \
            search finds (ranked, docs/search.md), --person the paragraphs of one person's statements \
            (oldest first); their JSON is one object per paragraph with its citation line.
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "Meeting ids (default: all meetings the filters select).")
    var ids: [String] = []

    @Option(name: .long, help: "markdown (md), csv or json.")
    var format: ExportFormat = .markdown

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var filterOptions: MeetingFilterOptions

    @Option(help: ArgumentHelp("Export the paragraphs this search finds, best first.", valueName: "query"))
    var query: String?

    @Option(help: ArgumentHelp("Export the statements of this person (id from plenary speakers).", valueName: "id"))
    var person: String?

    @Option(name: .long, help: ArgumentHelp("With --query: at most this many paragraphs.", valueName: "n"))
    var limit = 1000

    func validate() throws {
        if query != nil && person != nil { throw ValidationError("--query and --person exclude each other") }
        let f = filterOptions
        if (query != nil || person != nil) && (!ids.isEmpty || f.from != nil || f.to != nil || f.org != nil || f.body != nil) {
            throw ValidationError("--query and --person take no meeting ids or meeting filters")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try storeOptions.open()
        if query != nil || person != nil {
            return try write(paragraphs(store))
        }
        var meetings: [Meeting] = []
        if ids.isEmpty {
            for summary in filterOptions.selectedSummaries(in: store).selected.reversed() {
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
        try write(text)
    }

    /// The paragraphs of a search or of a person's statements, rendered in the format asked.
    func paragraphs(_ store: Store) throws -> String {
        var items: [ExportRenderer.Item] = []
        var cache: [String: Meeting] = [:]
        func add(_ meetingID: String, _ index: Int) {
            if cache[meetingID] == nil { cache[meetingID] = try? store.meeting(id: meetingID) }
            guard let meeting = cache[meetingID], let paragraph = meeting.paragraphs.first(where: { $0.index == index }) else {
                Console.error("\(meetingID) ¶\(index): no longer in the store (run plenary reindex)")
                return
            }
            items.append(ExportRenderer.Item(meeting: meeting, paragraph: paragraph))
        }
        if let query {
            do { _ = try SearchQuery.parse(query) } catch { throw SearchCommand.usage(error, query: query) }
            let index = try IndexProgressLine.open(store)
            let page: SearchPage
            do {
                page = try index.search(query, limit: limit, ranking: .relevance(window: nil))
            } catch .query(let error) {
                throw SearchCommand.usage(error, query: query)
            } catch {
                throw CommandFailure.failed(error.description)
            }
            for result in page.results { add(result.meeting, result.paragraph) }
        } else if let person {
            let index = try CurrentIndex.open(store)
            let found = try PersonText.find(person, in: index)
            for statement in try index.statements(of: found.id) {
                for index in statement.paragraphs { add(statement.meetingID, index) }
            }
        }
        switch format {
        case .json: return String(decoding: try RecordCoding.encode(items.map(ExportRenderer.Record.init)), as: UTF8.self)
        case .csv: return ExportRenderer.csv(items)
        case .markdown: return ExportRenderer.markdown(items)
        }
    }

    func write(_ text: String) throws {
        if let output {
            do {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: (output as NSString).expandingTildeInPath))
            } catch {
                throw CommandFailure.failed(error.description)
            }
        } else {
            // To a terminal through the sanitiser; to a pipe or a file byte for byte as stored.
            if Console.stdoutIsTerminal { Console.write(text) } else { Console.writeRaw(text) }
        }
    }
}
