import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryStore

/// `plenary catalog import FILE…`: loads `resolutions.tsv` and `meetings.tsv` (or a folder
/// holding them) into `<store>/catalog/`. Bad lines are reported one per line and skipped;
/// the good lines load; the exit status is 1 when any line was bad.
struct CatalogImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load resolutions.tsv and meetings.tsv (or the folder holding them) into the store's catalogue."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("resolutions.tsv, meetings.tsv, or a folder holding them.", valueName: "file"))
    var files: [String]

    func run() throws {
        guard !files.isEmpty else { throw CommandFailure.usage("catalog import needs at least one file") }
        var inputs: [(name: String, text: String)] = []
        for path in files {
            for name in try Self.tables(at: path) {
                guard let data = FileManager.default.contents(atPath: name) else {
                    throw CommandFailure.failed("\(name): cannot read the file")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw CommandFailure.failed("\(name): not UTF-8 text")
                }
                inputs.append((name, text))
            }
        }
        let store = try storeOptions.open()
        let report = try store.importCatalog(inputs)
        for problem in report.problems { Console.error(problem.description) }
        var lines: [String] = []
        for file in report.files {
            guard let kind = file.kind else { continue }
            let what = kind == .resolutions ? "resolution" : "meeting record"
            var line = "\(Console.safe(file.file)): \(Plural.count(file.loaded, what)) loaded"
            if file.skipped > 0 { line += " (\(Plural.count(file.skipped, "row")) without a record symbol skipped)" }
            lines.append(line)
        }
        lines.append("catalogue: \(Plural.count(report.resolutions, "resolution")), \(Plural.count(report.meetings, "meeting record"))")
        if !report.problems.isEmpty { lines.append("\(report.problems.count) bad line\(report.problems.count == 1 ? "" : "s") not loaded") }
        Console.write(lines.joined(separator: "\n") + "\n")
        if !report.problems.isEmpty { throw ExitCode(1) }
    }

    /// The tables a path names: the file itself, or `resolutions.tsv` and `meetings.tsv` in a folder.
    static func tables(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure.failed("\(path): no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        let found = ["resolutions.tsv", "meetings.tsv"].map { "\(base)/\($0)" }.filter { FileManager.default.fileExists(atPath: $0) }
        guard !found.isEmpty else { throw CommandFailure.failed("\(path): holds neither resolutions.tsv nor meetings.tsv") }
        return found
    }
}
