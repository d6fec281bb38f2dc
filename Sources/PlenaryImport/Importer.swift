import Foundation
import PlenaryExtract
import PlenaryModel
import PlenaryStore

/// Paths in, meetings in the store out: the whole of `plenary import` but the printing.
/// Verbatim records go to their builder, resolution texts to the catalogue, speech files and
/// press releases to the extractor; each file's outcome is reported as it happens, and a bad
/// file never stops the others. With no store it is a dry run: nothing is written and the
/// extracted meetings come back in the summary.
public struct Importer {
    public var store: Store?
    public var options: ImportOptions
    let extractor: Extractor

    public init(store: Store?, options: ImportOptions, extractor: Extractor = Extractor()) {
        self.store = store
        self.options = options
        self.extractor = extractor
    }

    public func run(_ paths: [String], report: (ImportEvent) -> Void = { _ in }) -> ImportSummary {
        let found = ImportCandidates.collect(paths, undecodable: options.undecodablePaths)
        if !found.skipped.isEmpty { report(.skipped(found.skipped)) }
        for problem in extractor.gazetteer.loadProblems { report(.gazetteerProblem(problem)) }
        // Verbatim records (speaker turns; a folder of speech files is one meeting) have their own builder.
        let claimed = VerbatimImport.claim(found.candidates.compactMap { $0.problem == nil ? $0.path : nil })
        let rest = Set(claimed.rest)
        let documents = found.candidates.filter { $0.problem != nil || rest.contains($0.path) }
        var summary = VerbatimImport(store: store, catalog: options.catalog, overrides: options.overrides, now: options.now)
            .run(claimed.records, report: report)
        var texts = ResolutionTextImport()
        for (n, candidate) in documents.enumerated() {
            report(.reading(number: n + 1, total: documents.count, path: candidate.path))
            summary.add(importDocument(candidate, texts: &texts, report: report))
        }
        summary.add(texts.tally)
        return summary
    }

    /// One press release, communiqué, speech or resolution text.
    private func importDocument(
        _ candidate: ImportCandidates.Candidate, texts: inout ResolutionTextImport,
        report: (ImportEvent) -> Void
    ) -> ImportSummary {
        var tally = ImportSummary()
        func fail(_ reason: String, path: String? = nil) -> ImportSummary {
            report(.failed(path: path ?? candidate.path, reason: reason))
            tally.outcomes.append(["file": candidate.path, "outcome": "failed", "reason": reason])
            tally.failed += 1
            return tally
        }
        if let problem = candidate.problem { return fail(problem) }
        let data: Data
        do { data = try DocumentFile.read(candidate.path) } catch { return fail(error.reason) }
        let name = (candidate.path as NSString).lastPathComponent
        // What a meta file beside the document says, over the batch's flags.
        var given = options.overrides
        if let meta = MetaOverrides.candidates(for: candidate.path).first(where: { FileManager.default.fileExists(atPath: $0) }) {
            guard let bytes = FileManager.default.contents(atPath: meta) else { return fail("cannot read the meta file", path: meta) }
            do { given = given.overlaid(by: try MetaOverrides.fromMetaFile(bytes)) } catch { return fail(error.description, path: meta) }
        }
        var extractOptions = ExtractOptions(
            format: options.format, force: options.force, fallbackDate: options.today,
            fallbackTitle: (name as NSString).deletingPathExtension, sourceName: name, importedAt: options.now)
        extractOptions.overrides = given
        let digest = SHA256.hex(data)
        let decoded = options.format == .html ? nil : try? DocumentDecoder.decode(data)
        // A resolution text goes to the catalogue, not the meetings.
        if let decoded, var resolution = ResolutionTextReader.read(decoded.text) {
            resolution.source = .init(file: name, sha256: digest, importedAt: options.now, extractor: ResolutionTextReader.version)
            texts.record(resolution, path: candidate.path, store: store, report: report)
            return tally
        }
        let result: (meetings: [Meeting], format: DocumentFormat)
        do {
            // A speech file: one meeting, dated only by what is given (or its record's running header), titled by its delegation.
            if let decoded, let speech = SpeechText.read(decoded.text) {
                let plan = try SpeechPlan.make(speech, fileName: name, given: given, force: options.force, fallbackDate: options.today)
                result = (
                    [try extractor.extractSpeech(text: decoded.text, encoding: decoded.encoding, plan: plan, options: extractOptions)],
                    .text
                )
            } else {
                let extracted = try extractor.extract(data, options: extractOptions)
                result = (extracted.meetings.map { SpeechPlan.retitled($0, fileName: name, given: given) }, extracted.format)
            }
        } catch {
            return fail(error.description)
        }
        let meetings = result.meetings.map { m -> Meeting in
            var m = m
            m.source?.sha256 = digest
            return m
        }
        guard let store else {
            tally.extracted = meetings
            tally.imported = 1
            report(.extracted(path: candidate.path, meetings: meetings, verbatim: false))
            return tally
        }
        do {
            switch try store.importDocument(meetings, sourceBytes: data, sourceExtension: result.format == .html ? "html" : "txt") {
            case .imported(let ids):
                tally.imported = 1
                tally.outcomes.append(["file": candidate.path, "outcome": "imported", "meetings": ids.joined(separator: " ")])
                report(.imported(path: candidate.path, meetingIDs: ids))
            case .unchanged(let ids):
                tally.unchanged = 1
                tally.outcomes.append(["file": candidate.path, "outcome": "unchanged", "meetings": ids.joined(separator: " ")])
                report(.unchanged(path: candidate.path, meetingIDs: ids))
            }
        } catch {
            return fail(error.description)
        }
        return tally
    }
}
