import Foundation
import NcursesTerminal
import PlenaryBrowser
import PlenaryStore
import TerminalUI

/// Opens the terminal browser on a store: what `plenary` does without a subcommand.
enum BrowserLauncher {
    /// The subcommands that work without a terminal, named when there is none.
    static let plainCommands = "list, show, check, timeline, export, import, search"

    static func run(_ options: StoreOptions) throws {
        if let problem = TerminalEnvironment.problem() {
            throw CommandFailure.usage(
                "\(problem): the browser needs a terminal; without one use plenary \(plainCommands) (see plenary --help)")
        }
        let store = try options.open()
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.open()
        } catch {
            throw CommandFailure.usage(error.description)
        }
        defer { terminal.end() }
        let config = BrowserConfig.load()
        if let theme = config.theme { terminal.theme = theme }
        let startWatcher: (@Sendable () -> Void)? = WatcherLauncher.enabled ? { @Sendable in WatcherLauncher.start(store) } : nil
        let linked = LinkedData.store(store, countries: GazetteerCountries(), startWatcher: startWatcher)
        // Opening the index costs 30–60 ms on a million paragraphs: done while the list is read.
        Thread.detachNewThread { linked.prepare() }
        BrowserRuntime(
            terminal: terminal, source: StoreMeetingSource(store: store),
            linked: linked,
            marksFile: store.derivedDirectory.appendingPathComponent("marks.json"),
            theme: config.theme, notices: config.problems, countries: GazetteerCountries.names(),
            measure: config.measure,
            reducer: Reducer(actions: config.actions), renderer: Renderer(actions: config.actions)
        ).run()
    }
}
