import ArgumentParser
import Foundation
import NcursesTerminal
import PlenaryBrowser
import PlenaryStore
import TerminalUI

/// Hidden: measures key-to-frame in process (reduce, render, draw into a headless ncurses
/// screen) for moving the selection on the meetings list of a store. For scripts/bench.
struct BenchBrowserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-browser",
        abstract: "Measure the browser's key-to-frame time on a store (for scripts/bench).",
        shouldDisplay: false
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Keys to time.")
    var keys: Int = 2000

    func run() throws {
        let store = try storeOptions.open()
        let source = StoreMeetingSource(store: store)
        let size = Size(width: 80, height: 24)
        let terminal = try NcursesTerminal.headless(terminalType: "xterm-256color", size: size)
        defer { terminal.end() }
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let listing = store.summaries()
        let listingMs = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e6
        let catalogStart = DispatchTime.now().uptimeNanoseconds
        let catalog = MeetingCatalog(summaries: listing.summaries, problems: listing.problems.map(\.description))
        let catalogMs = Double(DispatchTime.now().uptimeNanoseconds - catalogStart) / 1e6

        let reducer = Reducer()
        let renderer = Renderer()
        var state = AppState(size: size, sourceName: source.name)
        let frameStart = DispatchTime.now().uptimeNanoseconds
        _ = reducer.reduce(&state, .catalogLoaded(catalog))
        terminal.draw(renderer.render(state))
        let frameMs = Double(DispatchTime.now().uptimeNanoseconds - frameStart) / 1e6

        func time(_ key: KeyEvent, count: Int) -> [Double] {
            var samples: [Double] = []
            samples.reserveCapacity(count)
            for _ in 0..<count {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = reducer.reduce(&state, .key(key))
                terminal.draw(renderer.render(state))
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            return samples.sorted()
        }
        let down = time(KeyEvent(.down), count: keys)
        let pageDown = time(KeyEvent(.pageDown), count: max(10, keys / 10))
        func median(_ s: [Double]) -> Double { s[s.count / 2] }
        func p95(_ s: [Double]) -> Double { s[min(s.count - 1, s.count * 95 / 100)] }
        print(String(format: "meetings %d  store-summaries %.1f ms  catalog %.1f ms  list+frame %.1f ms  move-down median %.3f ms p95 %.3f ms  page-down median %.3f ms p95 %.3f ms",
                     catalog.count, listingMs, catalogMs, frameMs, median(down), p95(down), median(pageDown), p95(pageDown)))
    }
}
