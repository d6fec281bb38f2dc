import ArgumentParser
import Foundation
import PlenaryStore

/// The root command. Without a subcommand it opens the terminal browser on the store;
/// subcommands print plain text (or JSON with `--json`); every failure is one line on stderr
/// prefixed `plenary:`. Exit codes: 0 success, 1 problems found or operation failed, 2 usage
/// error (and no terminal for the browser).
@main
struct Plenary: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "plenary",
        abstract: "Browse records of diplomatic and intergovernmental meetings.",
        discussion: """
            Without a subcommand, opens the browser (needs a terminal). \
            The store is found by --store, then $PLENARY_STORE, then ./data if it holds a store, \
            then $XDG_DATA_HOME/plenary (~/.local/share/plenary).
            """,
        version: version,
        subcommands: [
            InitCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self, CheckCommand.self,
            CatalogCommand.self, SpeakersCommand.self, CitationsCommand.self, TimelineCommand.self, CompareCommand.self, ExportCommand.self,
            ReindexCommand.self, WatchCommand.self, StressWriteCommand.self, ExtractBenchCommand.self, BenchBrowserCommand.self,
            SearchBenchCommand.self,
            BenchScreensCommand.self,
        ]
    )

    @OptionGroup var storeOptions: StoreOptions

    /// No subcommand: the browser.
    func run() throws {
        try BrowserLauncher.run(storeOptions)
    }

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Console.error(failure.message)
            Foundation.exit(failure.exitCode)
        } catch let error as StoreError {
            Console.error(error.description)
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            // A usage error: one line, then where to find help.
            let message = Plenary.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
            Console.error("\(message.replacingOccurrences(of: "Error: ", with: "")) (see plenary --help)")
            Foundation.exit(2)
        }
    }
}
