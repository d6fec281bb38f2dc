import ArgumentParser
import Foundation
import PlenarySearch

/// Hidden: times searches in process for `scripts/bench.d/50-search.sh`. Reads lines of
/// `label<TAB>query` and prints, per query and ranking, the median and 95th percentile.
struct SearchBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_search-bench",
        abstract: "Time searches in process (for scripts/bench).",
        shouldDisplay: false
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "File of label<TAB>query lines.")
    var queries: String

    @Option(help: "Runs per query and ranking.")
    var runs = 40

    @Option(help: "Results per page.")
    var limit = 50

    func run() throws {
        let store = try storeOptions.open()
        let openStart = DispatchTime.now()
        let index = try IndexProgressLine.open(store)
        let openMs = Double(DispatchTime.now().uptimeNanoseconds - openStart.uptimeNanoseconds) / 1e6
        Console.write("open (up to date)\t\(String(format: "%.1f", openMs)) ms\n")

        let lines = try String(contentsOfFile: queries, encoding: .utf8).split(separator: "\n")
        let rankings: [(String, SearchIndex.Ranking)] = [
            ("first page", SearchIndex.firstPage), ("newest", .newest), ("ranked 50k", .relevance(window: 50_000)),
            ("ranked all", .relevance(window: nil)),
        ]
        Console.write("query\tranking\tp50 ms\tp95 ms\tresults\torder\n")
        for line in lines where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            for (name, ranking) in rankings {
                var times: [Double] = []
                var page: SearchPage?
                let count = name == "ranked all" ? max(5, runs / 4) : runs
                for _ in 0..<count {
                    index.clearCaches()
                    let start = DispatchTime.now()
                    page = try index.search(parts[1], limit: limit, ranking: ranking)
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
                }
                times.sort()
                let p50 = times[times.count / 2]
                let p95 = times[min(times.count - 1, Int((Double(times.count) * 0.95).rounded(.up)) - 1)]
                Console.write(
                    "\(parts[0])\t\(name)\t\(String(format: "%.1f", p50))\t\(String(format: "%.1f", p95))\t\(page?.results.count ?? 0)\t\(page?.order.rawValue ?? "")\n"
                )
            }
            // Counts over the whole result set (years, organisations, speakers): a background call.
            let query = try SearchQuery.parse(parts[1])
            var times: [Double] = []
            var total = 0
            for _ in 0..<3 {
                let start = DispatchTime.now()
                total = try index.facets(query).total
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
            }
            times.sort()
            Console.write(
                "\(parts[0])\tfacets\t\(String(format: "%.1f", times[1]))\t\(String(format: "%.1f", times[2]))\t\(total)\tmatches\n")
        }
    }
}
