import ArgumentParser
import Foundation
import PlenaryBrowser
import PlenaryRegistry
import PlenarySearch
import PlenaryStore
import TerminalUI

/// Hidden: measures opening each linked screen in process, the way the browser does (build
/// the page from the index's cross-meeting tables and the catalogue, reduce, render at
/// 80x24): the speaker screen of the most frequent speaker, the resolution screen of the
/// resolution cited by the most meetings, that speaker's country, the whole store's
/// timeline, the timeline of the newest meeting's body and the comparison of the newest
/// meeting with its body's previous one. Then the process's peak resident memory, with the
/// meeting list loaded as the browser holds it. For scripts/bench.
struct BenchScreensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-screens",
        abstract: "Measure opening the linked screens on a store (for scripts/bench).",
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
        guard
            let resolution = try index.instruments().filter({ $0.symbol?.hasPrefix("S/RES/") == true })
                .max(by: { $0.meetings != $1.meetings ? $0.meetings < $1.meetings : $0.citations < $1.citations }),
            let symbol = resolution.symbol
        else { throw CommandFailure.failed("no resolution cited in the store") }
        let meetings = try index.meetings()
        guard let newest = meetings.first else { throw CommandFailure.failed("no meeting") }
        // The newest meeting with an earlier one of its body.
        var compared = newest
        for m in meetings.prefix(500) {
            if let record = try? store.meeting(id: m.id), try index.previousMeeting(of: record) != nil { compared = m; break }
        }

        // The browser holds the meeting list while the linked screens open.
        let listing = StoreMeetingSource(store: store).catalog()
        let kept = LinkedData.store(store, countries: GazetteerCountries())

        /// Milliseconds to open `target` from the meeting list with LinkedData opened as `opening` says.
        func measure(_ target: LinkTarget, _ opening: Opening) throws -> (Double, Int) {
            var samples: [Double] = []
            var items = 0
            for _ in 0..<max(1, opening == .kept ? runs : 3) {
                var linked = kept
                if opening == .prepared {
                    // What the browser has done on its own thread by the time a key is pressed.
                    linked = LinkedData.store(store, countries: GazetteerCountries())
                    linked.prepare()
                }
                let start = DispatchTime.now().uptimeNanoseconds
                if opening == .fresh { linked = LinkedData.store(store, countries: GazetteerCountries()) }
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

        let screens: [(String, LinkTarget)] = [
            ("speaker \(speaker.id)", .speaker(id: speaker.id, meeting: nil)),
            ("resolution \(symbol) (\(resolution.meetings) meetings)", .resolution(symbol: symbol)),
            ("country \(speaker.of ?? "-")", .country(code: speaker.of ?? "USA")),
            ("timeline of every meeting", .timeline(organization: nil, body: nil)),
            ("timeline of \(newest.body ?? newest.organization ?? "-")", .timeline(organization: newest.organization, body: newest.body)),
            ("comparison of \(compared.id)", .comparison(meeting: compared.id)),
        ]
        func pad(_ s: String) -> String { s.padding(toLength: max(64, s.count), withPad: " ", startingAt: 0) }
        print(pad("screen") + "    items   first_ms  started_ms  again_ms")
        for (label, target) in screens {
            let (first, items) = try measure(target, .fresh)
            let (started, _) = try measure(target, .prepared)
            let (again, _) = try measure(target, .kept)
            print(pad(label) + String(format: " %8d %10.1f %11.1f %9.1f", items, first, started, again))
        }
        print(
            "meetings listed: \(listing.count); resident memory after every screen: \(Self.memory("VmRSS")) MB, peak \(Self.memory("VmHWM")) MB"
        )
    }

    /// How the LinkedData a measure opens a screen with was made.
    enum Opening {
        /// A new one, made inside the timing: index and catalogue opened by the screen.
        case fresh
        /// A new one whose index and catalogue were opened before the timing, as the browser
        /// opens them on its own thread at start.
        case prepared
        /// The one kept across runs, as the browser keeps it.
        case kept
    }

    /// A field of /proc/self/status in MB.
    static func memory(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
            let kb = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return -1 }
        return kb / 1024
    }
}
