import ArgumentParser
import Foundation
import PlenaryBrowser
import PlenaryRegistry
import PlenaryStore
import TerminalUI

/// Hidden: measures opening the speaker screen of the most frequent speaker and the
/// resolution screen of the resolution cited by the most meetings, in process (build the
/// page from the index's cross-meeting tables and the catalogue, reduce, render at 80x24). For
/// scripts/bench.
struct BenchScreensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-screens",
        abstract: "Measure opening the speaker and resolution screens on a store (for scripts/bench).",
        shouldDisplay: false
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Runs per measure (median reported).")
    var runs: Int = 9

    func run() throws {
        let store = try storeOptions.open()
        // The index current, as any earlier run of the browser or `plenary speakers` leaves it.
        let index = try CurrentIndex.open(store)
        guard let speaker = try index.people(limit: 1).first else { throw CommandFailure.failed("no speaker in the store") }
        guard let resolution = try index.instruments().filter({ $0.symbol?.hasPrefix("S/RES/") == true })
            .max(by: { $0.meetings != $1.meetings ? $0.meetings < $1.meetings : $0.citations < $1.citations }),
              let symbol = resolution.symbol else { throw CommandFailure.failed("no resolution cited in the store") }

        /// Milliseconds to open `target` from the meeting list: a fresh LinkedData (registry and
        /// catalogue read from `.plenary/`) when `cold`, else one kept across runs.
        func measure(_ target: LinkTarget, cold: Bool) throws -> (Double, Int) {
            var samples: [Double] = []
            var items = 0
            let kept = LinkedData.store(store)
            for _ in 0..<max(1, runs) {
                let start = DispatchTime.now().uptimeNanoseconds
                let linked = cold ? LinkedData.store(store) : kept
                let page: EntityPage
                do { page = try linked.page(target) } catch { throw CommandFailure.failed("\(target.label): \(error)") }
                var state = AppState(size: Size(width: 80, height: 24), sourceName: "bench")
                let reducer = Reducer()
                let effects = reducer.follow(target, &state)
                guard case .loadPage(_, let request)? = effects.first else { throw CommandFailure.failed("no load") }
                _ = reducer.reduce(&state, .pageLoaded(request: request, .success(page)))
                _ = Renderer().render(state)
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                items = page.items.count
            }
            samples.sort()
            return (samples[samples.count / 2], items)
        }

        let speakerTarget = LinkTarget.speaker(id: speaker.id, meeting: nil)
        let resolutionTarget = LinkTarget.resolution(symbol: symbol)
        let (speakerCold, statements) = try measure(speakerTarget, cold: true)
        let (speakerWarm, _) = try measure(speakerTarget, cold: false)
        let (resolutionCold, citing) = try measure(resolutionTarget, cold: true)
        let (resolutionWarm, _) = try measure(resolutionTarget, cold: false)
        print(String(format: "speaker %@ (%d statements): first open %.1f ms, again %.1f ms", speaker.id, statements, speakerCold, speakerWarm))
        print(String(format: "resolution %@ (%d paragraphs, %d meetings): first open %.1f ms, again %.1f ms",
                     symbol, citing, resolution.meetings, resolutionCold, resolutionWarm))
    }
}
