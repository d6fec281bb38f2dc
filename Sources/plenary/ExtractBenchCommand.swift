import ArgumentParser
import Foundation
import PlenaryExtract

/// Hidden: measures extraction throughput in process (scripts/bench.d/30-extract.sh). The files
/// are read into memory first, so only decoding and extraction are timed, on one core.
struct ExtractBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-extract",
        abstract: "Measure extraction throughput on a folder of documents (for scripts/bench).",
        shouldDisplay: false
    )

    @Argument(help: ArgumentHelp("Files or folders of documents.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: "Timed runs; the median is reported.")
    var runs = 5

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        var documents: [Data] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandFailure.failed("\(path): no such file or folder")
            }
            if !isDirectory.boolValue {
                documents.append(try Data(contentsOf: URL(fileURLWithPath: path)))
                continue
            }
            let walker = fm.enumerator(
                at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            var urls: [URL] = []
            while let url = walker?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { urls.append(url) }
            }
            for url in urls.sorted(by: { $0.path < $1.path }) { documents.append(try Data(contentsOf: url)) }
        }
        guard !documents.isEmpty else { throw CommandFailure.failed("no documents found") }
        let bytes = documents.reduce(0) { $0 + $1.count }
        let extractor = Extractor()
        let options = ExtractOptions(force: true, fallbackDate: "2000-01-01", fallbackTitle: "benchmark")
        _ = try? extractor.extract(documents[0], options: options)  // loads the gazetteers outside the timing
        var seconds: [Double] = []
        var meetings = 0, paragraphs = 0, failed = 0
        for _ in 0..<runs {
            meetings = 0; paragraphs = 0; failed = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for data in documents {
                do {
                    let result = try extractor.extract(data, options: options)
                    meetings += result.meetings.count
                    paragraphs += result.meetings.reduce(0) { $0 + $1.paragraphs.count }
                } catch {
                    failed += 1
                }
            }
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        seconds.sort()
        let median = seconds.count % 2 == 1 ? seconds[seconds.count / 2] : (seconds[seconds.count / 2 - 1] + seconds[seconds.count / 2]) / 2
        let mb = Double(bytes) / 1_000_000
        Console.write(
            String(
                format:
                    "%d documents, %.1f MB, %d meetings, %d paragraphs, %d failed; median of %d runs %.3f s (min %.3f, max %.3f); %.1f MB/s\n",
                documents.count, mb, meetings, paragraphs, failed, runs, median, seconds.first!, seconds.last!, mb / median))
    }
}
