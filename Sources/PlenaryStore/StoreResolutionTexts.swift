import Foundation
import PlenaryModel

/// What storing a resolution text did.
public enum ResolutionTextOutcome: Equatable, Sendable {
    /// The text was new.
    case stored
    /// The same source bytes were stored before: nothing was written.
    case unchanged
    /// Another text of the same symbol was there and was replaced.
    case replaced
}

/// Resolution texts kept with the catalogue: `<store>/catalog/texts/<A-RES-80-10>.json`, one
/// `plenary.resolution/1` file per symbol.
extension Store {
    public var resolutionTextsDirectory: URL { catalogDirectory.appendingPathComponent("texts") }

    func resolutionTextURL(symbol: String) -> URL {
        resolutionTextsDirectory.appendingPathComponent(ResolutionDocument.fileName(for: symbol) + ".json")
    }

    /// The stored text of a resolution, `nil` when the store has none. A damaged file is an error
    /// naming it.
    public func resolutionText(symbol: String) throws(StoreError) -> ResolutionDocument? {
        let url = resolutionTextURL(symbol: symbol)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        do {
            let document = try RecordCoding.decode(ResolutionDocument.self, from: data)
            guard document.format == ResolutionDocument.formatName else {
                throw StoreError.unreadableMeeting(
                    path: relativePath(of: url), reason: "format \(document.format) is not \(ResolutionDocument.formatName)")
            }
            return document
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unreadableMeeting(
                path: relativePath(of: url), reason: "not a resolution text: \(JSONErrorLocation.reason(for: error, in: data))")
        }
    }

    /// Writes a resolution text atomically under the store lock. The same source bytes again
    /// change nothing; another text of the same symbol replaces the one kept.
    public func saveResolutionText(_ document: ResolutionDocument) throws(StoreError) -> ResolutionTextOutcome {
        let url = resolutionTextURL(symbol: document.symbol)
        do {
            return try withLock { () throws -> ResolutionTextOutcome in
                let existing = try? self.resolutionText(symbol: document.symbol)
                if let existing, existing.source.sha256 == document.source.sha256 { return .unchanged }
                try AtomicFile.write(try RecordCoding.encode(document), to: url)
                return existing == nil ? .stored : .replaced
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .io(path: relativePath(of: url), reason: "\(error)")
        }
    }

    /// `plenary check` for `catalog/texts/`: every file reads as a resolution text of a canonical
    /// symbol and is named after it. Returns how many files were checked and the problems.
    public func checkResolutionTexts() -> (checked: Int, problems: [StoreProblem]) {
        let folder = resolutionTextsDirectory
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        var problems: [StoreProblem] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let path = relativePath(of: url)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                problems.append(StoreProblem(path: path, reason: "cannot read the file"))
                continue
            }
            let document: ResolutionDocument
            do { document = try RecordCoding.decode(ResolutionDocument.self, from: data) } catch {
                problems.append(
                    StoreProblem(path: path, reason: "not a resolution text: \(JSONErrorLocation.reason(for: error, in: data))"))
                continue
            }
            if document.format != ResolutionDocument.formatName {
                problems.append(StoreProblem(path: path, reason: "format \(document.format) is not \(ResolutionDocument.formatName)"))
            } else if !CitationSymbol.isCanonical(document.symbol) {
                problems.append(StoreProblem(path: path, reason: "symbol \(document.symbol) is not a canonical resolution symbol"))
            } else if ResolutionDocument.fileName(for: document.symbol) + ".json" != name {
                problems.append(
                    StoreProblem(
                        path: path,
                        reason: "holds \(document.symbol), which belongs in \(ResolutionDocument.fileName(for: document.symbol)).json"))
            }
        }
        return (names.count, problems)
    }
}
