import Foundation
import PlenaryImport
import PlenaryModel

/// How `plenary import` shows what the importer reports: a line per file on stdout (none with
/// `--json`), failures as `plenary: <file>: <reason>` on stderr, and on a terminal a progress
/// line rewritten in place while ten or more documents are read. Everything from outside is
/// passed through `Console.safe`.
struct ImportPrinter {
    var json: Bool
    private let terminal = isatty(2) == 1
    private var progressShown = false

    init(json: Bool) {
        self.json = json
    }

    mutating func show(_ event: ImportEvent) {
        switch event {
        case .skipped(let files):
            let names = files.prefix(5).map { Console.safe(($0 as NSString).lastPathComponent) }.joined(separator: ", ")
            let one = files.count == 1
            let more = files.count > 5 ? ", …" : ""
            stderr("skipped \(files.count) file\(one ? "" : "s") that \(one ? "is" : "are") not documents: \(names)\(more)\n")
        case .gazetteerProblem(let problem):
            Console.error("gazetteer \(problem)")
        case .reading(let number, let total, let path):
            guard total >= 10, terminal else { return }
            stderr("\r\u{1B}[K[\(number)/\(total)] \(Console.safe(path))")
            progressShown = true
        case .failed(let path, let reason):
            clearProgress()
            Console.error("\(Console.safe(path)): \(Console.safe(reason))")
        case .imported(let path, let ids):
            if !json { Console.write("imported \(Console.safe(path)): \(ids.joined(separator: ", "))\n") }
        case .unchanged(let path, let ids):
            if !json { Console.write("unchanged \(Console.safe(path)): already imported as \(ids.joined(separator: ", "))\n") }
        case .extracted(let path, let meetings, let verbatim):
            guard !json else { return }
            for m in meetings {
                Console.write("\(Console.safe(path)): \(m.id) — \(Console.safe(m.title)) (\(Self.counts(m, verbatim: verbatim)))\n")
            }
        case .resolutionText(let path, let text, let saved):
            guard !json else { return }
            let summary =
                "resolution text \(text.symbol) — \(text.title) (\(text.preamble.count) preambular, "
                + "\(text.operative.count) operative paragraph\(text.operative.count == 1 ? "" : "s"))"
            let line: String
            switch saved {
            case nil: line = "\(path): \(summary)"
            case .unchanged?: line = "unchanged \(path): already kept as \(text.symbol)"
            case .replaced?: line = "imported \(path): \(summary), replacing the text kept before"
            case .stored?: line = "imported \(path): \(summary)"
            }
            Console.write(Console.safe(line) + "\n")
        }
    }

    /// Ends the progress line so the summary starts on a clean line.
    mutating func finish() { clearProgress() }

    private mutating func clearProgress() {
        guard progressShown else { return }
        stderr("\r\u{1B}[K")
        progressShown = false
    }

    private func stderr(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    static func counts(_ m: Meeting, verbatim: Bool) -> String {
        verbatim
            ? "\(Plural.count(m.statements.count, "turn")), \(Plural.count(m.paragraphs.count, "block")), \(Plural.count(m.people.count, "speaker")), \(Plural.count(m.citations.count, "citation"))"
            : "\(Plural.count(m.paragraphs.count, "block")), \(Plural.count(m.people.count, "person", "people")), \(m.attendance.count) attending, \(Plural.count(m.citations.count, "citation"))"
    }
}
