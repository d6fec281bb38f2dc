import Foundation
import PlenaryModel

/// What importing catalogue tables did.
public struct CatalogImportReport: Sendable {
    public struct FileResult: Sendable {
        public var file: String
        public var kind: CatalogParser.Kind?
        public var loaded: Int
        public var skipped: Int
    }

    public var files: [FileResult] = []
    public var problems: [CatalogProblem] = []
    /// Sizes of the catalogue after the import.
    public var resolutions = 0
    public var meetings = 0
}

extension Store {
    var catalogResolutionsURL: URL { catalogDirectory.appendingPathComponent(CatalogFiles.resolutionsName) }
    var catalogMeetingsURL: URL { catalogDirectory.appendingPathComponent(CatalogFiles.meetingsName) }

    /// The store's catalogue; empty when none was imported. A file damaged by hand is reported
    /// as a problem while its good lines still load.
    public func loadCatalog() -> (catalog: Catalog, problems: [CatalogProblem]) {
        // The two tables parse on two cores.
        let urls = [catalogResolutionsURL, catalogMeetingsURL]
        let names = urls.map { relativePath(of: $0) }
        let lock = NSLock()
        nonisolated(unsafe) var results: [CatalogParser.Result?] = [nil, nil]
        DispatchQueue.concurrentPerform(iterations: urls.count) { i in
            guard let data = try? Data(contentsOf: urls[i]) else { return }
            let result = CatalogParser.parse(String(decoding: data, as: UTF8.self), file: names[i])
            lock.withLock { results[i] = result }
        }
        var catalog = Catalog()
        var problems: [CatalogProblem] = []
        for case let result? in results {
            catalog.merge(resolutions: result.resolutions)
            catalog.merge(meetings: result.meetings)
            problems += result.problems
        }
        return (catalog, problems)
    }

    /// Parses the named tables (each `resolutions.tsv`- or `meetings.tsv`-shaped, the kind told by
    /// its header) and merges their good lines into the catalogue: a resolution or record already
    /// there is replaced by the new line. Written atomically under the store lock.
    public func importCatalog(_ inputs: [(name: String, text: String)]) throws(StoreError) -> CatalogImportReport {
        var report = CatalogImportReport()
        var newResolutions: [CatalogResolution] = []
        var newMeetings: [CatalogMeeting] = []
        for input in inputs {
            let result = CatalogParser.parse(input.text, file: input.name)
            report.problems += result.problems
            report.files.append(
                .init(
                    file: input.name, kind: result.kind,
                    loaded: result.kind == .resolutions ? result.resolutions.count : result.meetings.count,
                    skipped: result.skipped))
            newResolutions += result.resolutions
            newMeetings += result.meetings
        }
        do {
            try withLock { () throws -> Void in
                var (catalog, _) = self.loadCatalog()
                if !newResolutions.isEmpty {
                    catalog.merge(resolutions: newResolutions)
                    try AtomicFile.write(
                        CatalogFiles.encode(resolutions: Array(catalog.resolutions.values)), to: self.catalogResolutionsURL)
                }
                if !newMeetings.isEmpty {
                    catalog.merge(meetings: newMeetings)
                    try AtomicFile.write(CatalogFiles.encode(meetings: Array(catalog.meetings.values)), to: self.catalogMeetingsURL)
                }
                report.resolutions = catalog.resolutions.count
                report.meetings = catalog.meetings.count
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .io(path: catalogDirectory.path, reason: "\(error)")
        }
        return report
    }
}
