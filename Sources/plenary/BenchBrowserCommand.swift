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
        // The part of the listing spent finding and stat-ing the meeting files.
        let scanStart = DispatchTime.now().uptimeNanoseconds
        let files = store.meetingFiles().count
        let scanMs = Double(DispatchTime.now().uptimeNanoseconds - scanStart) / 1e6
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
        print(
            String(
                format:
                    "meetings %d  store-summaries %.1f ms (a file scan alone: %.1f ms for %d files)  catalog %.1f ms  list+frame %.1f ms  move-down median %.3f ms p95 %.3f ms  page-down median %.3f ms p95 %.3f ms",
                catalog.count, listingMs, scanMs, files, catalogMs, frameMs, median(down), p95(down), median(pageDown), p95(pageDown)))

        // The filter: one word applied to the whole list (the debounce timer firing).
        catalog.filterKeys.prepare()
        let word =
            catalog.summaries.first.flatMap { $0.title.split(separator: " ").first(where: { $0.count > 4 }) }.map(String.init) ?? "meeting"
        for word in [word, "qxzv"] {
            var filterSamples: [Double] = []
            var listed = 0
            for _ in 0..<9 {
                var filtered = state
                _ = reducer.reduce(&filtered, .key(.char("f")))
                for c in word { _ = reducer.reduce(&filtered, .key(.char(c))) }
                guard case .meetings(let list) = filtered.screen else { break }
                let start = DispatchTime.now().uptimeNanoseconds
                _ = reducer.reduce(&filtered, .timer(.applyFilter(generation: list.filterGeneration)))
                terminal.draw(renderer.render(filtered))
                filterSamples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                if case .meetings(let after) = filtered.screen { listed = after.listed }
            }
            filterSamples.sort()
            print(String(format: "           filter “%@” over the list (%d listed): median %.1f ms", word, listed, median(filterSamples)))
        }

        // The meeting screen: the longest of the first 200 meetings, scrolled line by line.
        let longest = catalog.summaries.prefix(200).max { $0.paragraphs < $1.paragraphs }
        guard let summary = longest else { return }
        _ = reducer.reduce(&state, .action(.goto(1)))
        guard case .meetings(var list) = state.screen,
            let row = list.rows.firstIndex(where: {
                if case .meeting(let i, _) = $0 { return catalog.summaries[i].id == summary.id }; return false
            })
        else { return }
        list.viewport.selection = row
        state.screen = .meetings(list)
        let effects = reducer.reduce(&state, .action(.open))
        guard case .loadMeeting(let id, let request)? = effects.first else { return }
        let meeting = try source.meeting(id: id)
        _ = reducer.reduce(&state, .meetingLoaded(request: request, .success(meeting)))
        let characters = meeting.paragraphs.reduce(0) { $0 + $1.text.count }
        let scroll = time(KeyEvent(.down), count: max(20, keys / 20))
        print(
            String(
                format: "           meeting of %d paragraphs (%d characters): scroll median %.3f ms p95 %.3f ms",
                meeting.paragraphs.count, characters, median(scroll), p95(scroll)))
    }
}
