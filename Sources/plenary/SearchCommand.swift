import ArgumentParser
import Foundation
import PlenaryModel
import PlenarySearch
import PlenaryStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search paragraphs: ranked, filtered, with the matches highlighted.",
        discussion: """
            Words must all match (stemmed); "phrases" and prefix* match exact forms; OR, -word and \
            NOT word combine them; filters: speaker: by: country: org: body: cites: date: \
            (e.g. date:2016-01..2017-06). Exit status: 0 when something matches, 1 when nothing \
            does, 2 for a malformed query or a filter value that names nothing known. Quote the query for the shell: plenary search '"territorial integrity" country:AZE'. \
            See docs/search.md.
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: ArgumentHelp("Print at most this many results.", valueName: "n"))
    var limit = 20

    @Flag(help: "Print a JSON array of results.")
    var json = false

    @Flag(help: "Newest first, without ranking.")
    var newest = false

    @Flag(help: "Rank every match, however many (slower for very common words).")
    var exhaustive = false

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The query (docs/search.md).", valueName: "query"))
    var words: [String] = []

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if newest && exhaustive { throw ValidationError("--newest and --exhaustive exclude each other") }
    }

    func run() throws {
        let text = words.joined(separator: " ")
        // A malformed query is a usage error whatever the store.
        do { _ = try SearchQuery.parse(text) } catch { throw SearchCommand.usage(error, query: text) }

        let store = try storeOptions.open()
        let index = try IndexProgressLine.open(store, refresh: false)
        let ranking: SearchIndex.Ranking = newest ? .newest : exhaustive ? .relevance(window: nil) : .standard
        let page = try search(index, store: store, text, ranking)

        if json {
            Console.write(String(decoding: try RecordCoding.encode(page.results), as: UTF8.self))
        } else {
            Console.writeStyled(SearchCommand.render(page.results, bold: Console.stdoutIsTerminal))
        }
        if page.results.isEmpty {
            // Known values, no match: exit 1, as grep and rg do (unknown values exit 2 above).
            let hint = page.suggestion.map { " Did you mean: \(Console.safe($0))?" } ?? ""
            if json {
                if !hint.isEmpty { Console.error("no paragraph matches.\(hint)") }
            } else {
                Console.write("No paragraph matches.\(hint)\n")
            }
            throw ExitCode(1)
        } else if page.order == .relevanceWithinNewest, let window = page.window, !json {
            Console.error("ranked among the newest \(window) matches; --exhaustive ranks them all")
        }
    }

    /// Searches an index that is current with the meeting files. The store's watcher, when
    /// one runs, lists the files changed since the index was last brought up to date; without
    /// one, every file is checked on other cores while the first search runs, which is asked
    /// again if any changed — and a watcher is started for the next search.
    func search(_ index: SearchIndex, store: Store, _ text: String, _ ranking: SearchIndex.Ranking) throws -> SearchPage {
        let watching = WatcherLauncher.enabled
        let reply = watching ? index.askWatcher() : nil
        if let reply, case .paths = reply.changes {
            try IndexProgressLine.refresh(index, watched: reply)
            return try run(index, text, ranking)
        }
        let check = BackgroundValue { SearchIndex.fingerprint(of: store) }
        var page = try run(index, text, ranking)
        if !(try IndexProgressLine.refresh(index, fingerprint: check.value, token: reply?.token)).isEmpty {
            page = try run(index, text, ranking)
        }
        if watching && reply == nil { WatcherLauncher.start(store) }
        return page
    }

    func run(_ index: SearchIndex, _ text: String, _ ranking: SearchIndex.Ranking) throws -> SearchPage {
        do {
            return try index.search(text, limit: limit, ranking: ranking)
        } catch .query(let error) {
            throw SearchCommand.usage(error, query: text)
        } catch {
            throw CommandFailure.failed(error.description)
        }
    }

    static func usage(_ error: QueryError, query: String) -> CommandFailure {
        if isatty(2) == 1 {
            FileHandle.standardError.write(Data((Console.safe(error.caretDiagnostic(for: query)) + "\n").utf8))
        }
        return .usage("bad query at column \(error.column): \(error.message)")
    }

    /// One header line per result, then the snippet indented, matches in bold or [brackets].
    static func render(_ results: [SearchResult], bold: Bool) -> String {
        var out = ""
        for result in results {
            var header = "\(result.date)  \(result.meeting)  ¶\(result.paragraph)"
            if let number = result.number, number != String(result.paragraph) { header += " (\(number))" }
            if !result.speakers.isEmpty { header += "  " + result.speakers.joined(separator: ", ") }
            out += Console.safe(header) + "\n    " + marked(result.snippet, result.highlights, bold: bold) + "\n\n"
        }
        return out
    }

    static func marked(_ snippet: String, _ highlights: [[Int]], bold: Bool) -> String {
        let open = bold ? "\u{1B}[1m" : "[", close = bold ? "\u{1B}[0m" : "]"
        let scalars = Array(snippet.unicodeScalars)
        var out = ""
        var position = 0
        func plain(_ range: Range<Int>) -> String {
            Console.safe(String(String.UnicodeScalarView(scalars[range])).replacingOccurrences(of: "\n", with: " "))
        }
        for span in highlights where span.count == 2 && span[0] >= position && span[0] < span[1] && span[1] <= scalars.count {
            out += plain(position..<span[0]) + open + plain(span[0]..<span[1]) + close
            position = span[1]
        }
        return out + plain(position..<scalars.count)
    }
}
