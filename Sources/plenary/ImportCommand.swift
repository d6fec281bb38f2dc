import ArgumentParser
import Foundation
import PlenaryExtract
import PlenaryImport
import PlenaryModel
import PlenaryStore

extension DocumentFormat: ExpressibleByArgument {}

/// `plenary import PATH…`: press releases and communiqués (text or HTML) become meetings in the
/// store. Each bad file gets one line naming it, and the other files still import.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import press releases and communiqués (text or HTML) as meetings.",
        discussion: """
            Folders are searched recursively (hidden files, README/LICENSE/PROVENANCE-like files, \
            *.truth.json and *.meta.json are skipped). The format is detected from the content unless \
            --format is given. The same bytes imported again change nothing. --dry-run --json prints \
            the extracted meetings as a JSON array and writes nothing. --date, --title, --org, --body \
            and --location give what the documents do not say; a <file>.meta.json beside a document \
            gives them for that document (same keys). Resolution texts (A/RES/…, S/RES/…) go to the \
            catalogue, not the meetings.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to import.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: "Read every file as this format: text or html.")
    var format: DocumentFormat?

    @Flag(name: .long, help: "Extract and report, but write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Print JSON: the meetings with --dry-run, else the outcome per file.")
    var json = false

    @Flag(name: .long, help: "Keep what was found even when no meeting is recognised.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("The meeting date, for documents that do not print it.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: "The meeting title, over the headline found.")
    var title: String?

    @Option(name: .customLong("org"), help: ArgumentHelp("The convening organisation (UN, OIC, AU…).", valueName: "org"))
    var organization: String?

    @Option(name: .long, help: "The convening body or series (\"General Assembly general debate\").")
    var body: String?

    @Option(name: .long, help: "Where the meeting took place.")
    var location: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder to import") }
        _ = try batchOverrides()
    }

    /// What the flags say the documents do not; a usage error when a value is bad.
    private func batchOverrides() throws -> SourceOverrides {
        do {
            return try MetaOverrides.fromFlags(date: date, title: title, org: organization, body: body, location: location)
        } catch {
            throw ValidationError(Console.safe(error.description))
        }
    }

    func run() throws {
        let store: Store? = dryRun ? nil : try storeOptions.open()
        var options = ImportOptions()
        options.format = format
        options.force = force
        options.overrides = try batchOverrides()
        options.catalog = (store ?? (try? storeOptions.open()))?.loadCatalog().catalog ?? Catalog()
        options.undecodablePaths = RawFileNames.invalidArguments()
        var printer = ImportPrinter(json: json)
        let summary = Importer(store: store, options: options).run(paths) { printer.show($0) }
        printer.finish()
        if json {
            let data = dryRun ? try RecordCoding.encode(summary.extracted) : try RecordCoding.encode(summary.outcomes)
            Console.write(String(decoding: data, as: UTF8.self))
        } else {
            let verb = dryRun ? "extracted" : "imported"
            FileHandle.standardError.write(
                Data("\(verb) \(summary.imported), unchanged \(summary.unchanged), failed \(summary.failed)\n".utf8))
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
