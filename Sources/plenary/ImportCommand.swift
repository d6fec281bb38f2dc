import ArgumentParser
import Foundation
import PlenaryExtract
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

    /// One document to import, or the reason it cannot be.
    private struct Candidate {
        var path: String
        var problem: String?
    }

    func run() throws {
        let store: Store? = dryRun ? nil : try storeOptions.open()
        let batch = try batchOverrides()
        let collected = collect()
        var candidates = collected.candidates
        let skipped = collected.skipped
        if !skipped.isEmpty {
            let names = skipped.prefix(5).map { Console.safe(($0 as NSString).lastPathComponent) }.joined(separator: ", ")
            let more = skipped.count > 5 ? ", …" : ""
            FileHandle.standardError.write(Data("skipped \(skipped.count) file\(skipped.count == 1 ? "" : "s") that \(skipped.count == 1 ? "is" : "are") not documents: \(names)\(more)\n".utf8))
        }
        let extractor = Extractor()
        // Without its gazetteers the extractor still runs, but finds no states or organisations: say so.
        for problem in extractor.gazetteer.loadProblems { Console.error("gazetteer \(problem)") }
        let now = ISO8601DateFormatter().string(from: Date())
        let today = String(now.prefix(10))
        var extracted: [Meeting] = []
        var outcomes: [[String: String]] = []
        var imported = 0, unchanged = 0, failed = 0
        var texts = ResolutionTextImport()
        // Verbatim records (speaker turns; a folder of speech files is one meeting) have their own importer.
        let claimed = VerbatimImport.claim(candidates.compactMap { $0.problem == nil ? $0.path : nil })
        let rest = Set(claimed.rest)
        candidates.removeAll { $0.problem == nil && !rest.contains($0.path) }
        let catalog = (store ?? (try? storeOptions.open()))?.loadCatalog().catalog ?? Catalog()
        let verbatim = VerbatimImport(store: store, catalog: catalog, json: json, overrides: batch).run(claimed.records)
        (imported, unchanged, failed) = (verbatim.imported, verbatim.unchanged, verbatim.failed)
        outcomes += verbatim.outcomes
        extracted += verbatim.extracted
        let showProgress = candidates.count >= 10 && isatty(2) == 1
        defer { if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }

        for (n, candidate) in candidates.enumerated() {
            if showProgress {
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(n + 1)/\(candidates.count)] \(Console.safe(candidate.path))".utf8))
            }
            func fail(_ reason: String, path: String? = nil) {
                if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                Console.error("\(Console.safe(path ?? candidate.path)): \(Console.safe(reason))")
                outcomes.append(["file": candidate.path, "outcome": "failed", "reason": reason])
                failed += 1
            }
            if let problem = candidate.problem { fail(problem); continue }
            let data: Data
            do {
                let attributes = try FileManager.default.attributesOfItem(atPath: candidate.path)
                // Devices and pipes never end (/dev/zero) or block: only regular files are documents.
                guard attributes[.type] as? FileAttributeType == .typeRegular else {
                    fail("not a regular file")
                    continue
                }
                let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
                if size > DocumentDecoder.maximumSize {
                    fail(ExtractError.tooLarge(bytes: size, limit: DocumentDecoder.maximumSize).description)
                    continue
                }
                data = try Self.read(candidate.path)
            } catch let error as ReadFailure {
                fail("cannot read: \(error.reason)")
                continue
            } catch {
                fail("cannot read: \(Self.reason(error))")
                continue
            }
            let name = (candidate.path as NSString).lastPathComponent
            // What a meta file beside the document says, over the batch's flags.
            var given = batch
            if let meta = MetaOverrides.candidates(for: candidate.path).first(where: { FileManager.default.fileExists(atPath: $0) }) {
                guard let bytes = FileManager.default.contents(atPath: meta) else { fail("cannot read the meta file", path: meta); continue }
                do { given = given.overlaid(by: try MetaOverrides.fromMetaFile(bytes)) } catch { fail(error.description, path: meta); continue }
            }
            var options = ExtractOptions(format: format, force: force, fallbackDate: today,
                                         fallbackTitle: (name as NSString).deletingPathExtension, sourceName: name, importedAt: now)
            options.overrides = given
            let digest = SHA256.hex(data)
            let decoded = format == .html ? nil : try? DocumentDecoder.decode(data)
            let text = decoded?.text
            // A resolution text goes to the catalogue, not the meetings.
            if let text, var resolution = ResolutionTextReader.read(text) {
                resolution.source = .init(file: name, sha256: digest, importedAt: now, extractor: ResolutionTextReader.version)
                texts.record(resolution, path: candidate.path, store: store, json: json, fail: { fail($0) })
                continue
            }
            // A speech file: one meeting, dated only by what is given (or its record's running header), titled by its delegation.
            let result: (meetings: [Meeting], format: DocumentFormat)
            do {
                if let decoded, let speech = SpeechText.read(decoded.text) {
                    let plan = try SpeechPlan.make(speech, fileName: name, given: given, force: force, fallbackDate: today)
                    result = ([try extractor.extractSpeech(text: decoded.text, encoding: decoded.encoding, plan: plan, options: options)], .text)
                } else {
                    let extracted = try extractor.extract(data, options: options)
                    result = (extracted.meetings.map { SpeechPlan.retitled($0, fileName: name, given: given) }, extracted.format)
                }
            } catch {
                fail(error.description)
                continue
            }
            let meetings = result.meetings.map { m -> Meeting in
                var m = m
                m.source?.sha256 = digest
                return m
            }
            if let store {
                do {
                    switch try store.importDocument(meetings, sourceBytes: data, sourceExtension: result.format == .html ? "html" : "txt") {
                    case .imported(let ids):
                        imported += 1
                        outcomes.append(["file": candidate.path, "outcome": "imported", "meetings": ids.joined(separator: " ")])
                        if !json { Console.write("imported \(Console.safe(candidate.path)): \(ids.joined(separator: ", "))\n") }
                    case .unchanged(let ids):
                        unchanged += 1
                        outcomes.append(["file": candidate.path, "outcome": "unchanged", "meetings": ids.joined(separator: " ")])
                        if !json { Console.write("unchanged \(Console.safe(candidate.path)): already imported as \(ids.joined(separator: ", "))\n") }
                    }
                } catch {
                    fail(error.description)
                }
            } else {
                extracted += meetings
                imported += 1
                if !json {
                    for m in meetings {
                        Console.write("\(Console.safe(candidate.path)): \(m.id) — \(Console.safe(m.title)) (\(m.paragraphs.count) blocks, "
                                      + "\(m.people.count) people, \(m.attendance.count) attending, \(m.citations.count) citations)\n")
                    }
                }
            }
        }

        imported += texts.imported
        unchanged += texts.unchanged
        outcomes += texts.outcomes
        if json {
            let data = dryRun ? try RecordCoding.encode(extracted) : try RecordCoding.encode(outcomes)
            Console.write(String(decoding: data, as: UTF8.self))
        } else {
            let verb = dryRun ? "extracted" : "imported"
            FileHandle.standardError.write(Data("\(verb) \(imported), unchanged \(unchanged), failed \(failed)\n".utf8))
        }
        if failed > 0 { throw ExitCode(1) }
    }

    /// Files named directly, and the non-hidden regular files under folders; the files left out
    /// because they are not documents (README, LICENSE…, truth and meta files).
    private func collect() -> (candidates: [Candidate], skipped: [String]) {
        var out: [Candidate] = []
        var skipped: [String] = []
        let fm = FileManager.default
        let notUTF8 = RawFileNames.invalidArguments()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if let shown = notUTF8[path] {
                    out.append(Candidate(path: shown, problem: "the file name is not UTF-8; rename it to import it"))
                } else {
                    out.append(Candidate(path: path, problem: "no such file or folder"))
                }
                continue
            }
            // Names the folder walk below cannot open are reported, not skipped.
            if isDirectory.boolValue {
                out += RawFileNames.invalidNames(under: path).map { Candidate(path: $0, problem: "the file name is not UTF-8; rename it to import it") }
            }
            guard isDirectory.boolValue else {
                // Named on purpose, a file is read; only data files beside documents are never documents.
                if MetaOverrides.isMetaFile(path) || path.lowercased().hasSuffix(".truth.json") { skipped.append(path) } else { out.append(Candidate(path: path)) }
                continue
            }
            guard let walker = fm.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                                             options: [.skipsHiddenFiles]) else {
                out.append(Candidate(path: path, problem: "cannot read the folder"))
                continue
            }
            var found: [String] = []
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = url.path.hasPrefix(URL(fileURLWithPath: path).path + "/")
                    ? (path as NSString).appendingPathComponent(String(url.path.dropFirst(URL(fileURLWithPath: path).path.count + 1)))
                    : url.path
                found.append(relative)
            }
            let (others, documents) = found.sorted().reduce(into: ([String](), [String]())) { split, file in
                if NonDocumentNames.isNonDocument((file as NSString).lastPathComponent) { split.0.append(file) } else { split.1.append(file) }
            }
            skipped += others
            if documents.isEmpty { out.append(Candidate(path: path, problem: "the folder holds no documents")); continue }
            out += documents.map { Candidate(path: $0) }
        }
        return (out, skipped)
    }

    /// Why a file could not be read, as the system says it ("permission denied").
    private struct ReadFailure: Error { var reason: String }

    /// Reads a whole file with open/read, so a failure carries errno's own words.
    private static func read(_ path: String) throws -> Data {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadFailure(reason: String(cString: strerror(errno)).lowercased()) }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(reason: String(cString: strerror(errno)).lowercased())
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if data.count > DocumentDecoder.maximumSize { break }
        }
        return data
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }
}
