import Foundation
import PlenaryModel
import PlenaryStore

/// The resolution-text side of `plenary import`: a document that is a resolution's text is kept
/// in the catalogue (`catalog/texts/`), and a dry run reports it without writing.
struct ResolutionTextImport {
    var imported = 0, unchanged = 0
    var outcomes: [[String: String]] = []

    mutating func record(_ text: ResolutionDocument, path: String, store: Store?, json: Bool, fail: (String) -> Void) {
        let summary = "resolution text \(text.symbol) — \(text.title) (\(text.preamble.count) preambular, "
            + "\(text.operative.count) operative paragraph\(text.operative.count == 1 ? "" : "s"))"
        guard let store else {
            imported += 1
            if !json { Console.write(Console.safe("\(path): \(summary)") + "\n") }
            return
        }
        do {
            let outcome = try store.saveResolutionText(text)
            let word = outcome == .unchanged ? "unchanged" : "imported"
            if outcome == .unchanged { unchanged += 1 } else { imported += 1 }
            outcomes.append(["file": path, "outcome": word, "resolution": text.symbol])
            if !json {
                let line = outcome == .unchanged ? "unchanged \(path): already kept as \(text.symbol)"
                    : "\(word) \(path): \(summary)\(outcome == .replaced ? ", replacing the text kept before" : "")"
                Console.write(Console.safe(line) + "\n")
            }
        } catch {
            fail(error.description)
        }
    }
}
