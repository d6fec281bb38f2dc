import ArgumentParser
import Foundation
import NcursesTerminal
import PlenaryBrowser
import PlenaryStore
import TerminalUI

/// Opens the terminal browser on a store: what `plenary` does without a subcommand.
enum BrowserLauncher {
    /// The subcommands that work without a terminal, named when there is none.
    static let plainCommands = "list, show, search, speakers, citations, timeline, check, import, export"

    static func run(storeOption: String?) throws {
        if let problem = TerminalEnvironment.problem() {
            printError("\(problem); the browser needs a terminal. Without one use: plenary \(plainCommands) (plenary --help)")
            throw ExitCode(2)
        }
        let store = try openStore(storeOption)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.open()
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let runtime = BrowserRuntime(terminal: terminal, source: StoreMeetingSource(store: store))
        runtime.run()
        terminal.end()
    }

    /// `--store`, then `$PLENARY_STORE`, then `./data`, then the XDG data folder.
    static func openStore(_ option: String?) throws -> Store {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let option { candidates = [option] }
        else if let env = environment["PLENARY_STORE"], !env.isEmpty { candidates = [env] }
        else {
            candidates.append("data")
            let xdg = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? (environment["HOME"].map { $0 + "/.local/share" } ?? "")
            if !xdg.isEmpty { candidates.append(xdg + "/plenary") }
        }
        let explicit = option != nil || candidates.count == 1
        for path in candidates {
            let url = URL(fileURLWithPath: path)
            if explicit || Store.exists(at: url) {
                do { return try Store.open(url) } catch {
                    printError(error.description)
                    throw ExitCode(1)
                }
            }
        }
        printError("no store found (tried ./data and the XDG data folder); name one with --store DIR or $PLENARY_STORE")
        throw ExitCode(1)
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("plenary: \(message)\n".utf8))
    }
}
