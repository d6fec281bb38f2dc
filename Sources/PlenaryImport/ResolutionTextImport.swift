import Foundation
import PlenaryModel
import PlenaryStore

/// The resolution-text side of an import: a document that is a resolution's text is kept in
/// the catalogue (`catalog/texts/`), and a dry run reports it without writing.
struct ResolutionTextImport {
    var tally = ImportSummary()

    mutating func record(_ text: ResolutionDocument, path: String, store: Store?, report: (ImportEvent) -> Void) {
        guard let store else {
            tally.imported += 1
            report(.resolutionText(path: path, text: text, saved: nil))
            return
        }
        do {
            let saved = try store.saveResolutionText(text)
            if saved == .unchanged { tally.unchanged += 1 } else { tally.imported += 1 }
            tally.outcomes.append(["file": path, "outcome": saved == .unchanged ? "unchanged" : "imported", "resolution": text.symbol])
            report(.resolutionText(path: path, text: text, saved: saved))
        } catch {
            report(.failed(path: path, reason: error.description))
            tally.outcomes.append(["file": path, "outcome": "failed", "reason": error.description])
            tally.failed += 1
        }
    }
}
