import Foundation
import PlenaryExtract
import PlenaryModel
import PlenaryStore
import PlenaryVerbatim

/// The verbatim side of an import: a folder of speech files (`…_spchNNN.txt`) becomes one
/// meeting per record, in sequence order; a single file that reads as a verbatim record becomes
/// one meeting. Dates and agenda come from the text, else from the store's catalogue.
struct VerbatimImport {
    var store: Store?
    var catalog: Catalog
    /// What the importer gives (`--date`, `--body`…), put over what the record says.
    var overrides = SourceOverrides()
    var now: String

    /// Takes the paths that are verbatim records: speech files grouped by record, and single
    /// text files that read as a record. The others are returned for the press-release importer.
    static func claim(_ paths: [String]) -> (records: [VerbatimSource], rest: [String]) {
        let (records, others) = VerbatimSource.group(paths)
        var singles: [VerbatimSource] = []
        var rest: [String] = []
        for path in others {
            let ext = (path as NSString).pathExtension.lowercased()
            guard ext == "txt" || ext.isEmpty, let data = FileManager.default.contents(atPath: path),
                data.count <= DocumentDecoder.maximumSize, let text = try? DocumentDecoder.decode(data).text,
                VerbatimRecordBuilder.looksVerbatim(text)
            else { rest.append(path); continue }
            singles.append(VerbatimSource(symbol: nil, files: [path]))
        }
        return (records + singles, rest)
    }

    func run(_ sources: [VerbatimSource], report: (ImportEvent) -> Void) -> ImportSummary {
        var tally = ImportSummary()
        let builder = VerbatimRecordBuilder(resolvers: .standard, catalog: catalog)
        for source in sources {
            let path = source.displayPath
            func fail(_ reason: String, shownPath: String? = nil) {
                report(.failed(path: shownPath ?? path, reason: reason))
                tally.outcomes.append(["file": path, "outcome": "failed", "reason": reason])
                tally.failed += 1
            }
            let texts: [String], bytes: Data, encoding: String
            do { (texts, bytes, encoding) = try source.read() } catch {
                // The error names the file of the record that could not be read.
                let named = error as? VerbatimSourceError
                report(.failed(path: named?.path ?? path, reason: named?.reason ?? "\(error)"))
                tally.outcomes.append(["file": path, "outcome": "failed", "reason": "\(error)"])
                tally.failed += 1
                continue
            }
            // A meta file beside the record (beside the folder of a record in speech files) over the flags.
            var given = overrides
            if let meta = MetaOverrides.candidates(for: path).first(where: { FileManager.default.fileExists(atPath: $0) }) {
                do { given = given.overlaid(by: try MetaOverrides.fromMetaFile(Data(contentsOf: URL(fileURLWithPath: meta)))) } catch {
                    fail((error as? OverrideError)?.description ?? "cannot read the meta file", shownPath: meta)
                    continue
                }
            }
            var meeting: Meeting
            do { meeting = try builder.meeting(parts: texts, symbol: source.symbol, date: given.date) } catch {
                fail(error.description); continue
            }
            meeting.source = Source(
                file: "", sha256: SHA256.hex(bytes), format: "verbatim", encoding: encoding,
                importedAt: now, extractor: VerbatimRecordBuilder.extractorVersion)
            meeting = MeetingOverrides.apply(given, to: meeting)
            guard let store else {
                tally.extracted.append(meeting)
                tally.imported += 1
                report(.extracted(path: path, meetings: [meeting], verbatim: true))
                continue
            }
            do {
                switch try store.importDocument([meeting], sourceBytes: bytes, sourceExtension: "txt") {
                case .imported(let ids):
                    tally.imported += 1
                    tally.outcomes.append(["file": path, "outcome": "imported", "meetings": ids.joined(separator: " ")])
                    report(.imported(path: path, meetingIDs: ids))
                case .unchanged(let ids):
                    tally.unchanged += 1
                    tally.outcomes.append(["file": path, "outcome": "unchanged", "meetings": ids.joined(separator: " ")])
                    report(.unchanged(path: path, meetingIDs: ids))
                }
            } catch {
                fail(error.description)
            }
        }
        return tally
    }
}
