import PlenaryModel

/// `plenary compare` as text: a summary line, then each changed, added and dropped paragraph
/// with its word diff — [-removed-]{+added+}, or red and green on a terminal.
enum ComparisonText {
    static func render(_ comparison: MeetingComparison, older: Meeting, newer: Meeting, all: Bool, colour: Bool) -> String {
        var out = Console.safe("\(older.date)  \(older.id)") + "\n" + Console.safe("→ \(newer.date)  \(newer.id)") + "\n"
        out +=
            "\(comparison.count(.unchanged)) unchanged, \(comparison.count(.changed)) changed, "
            + "\(comparison.count(.added)) added, \(comparison.count(.dropped)) dropped\n"
        let number = MeetingComparison.label
        for entry in comparison.entries where all || entry.kind != .unchanged {
            let heading: String
            switch entry.kind {
            case .unchanged: heading = "\(number(newer, entry.new)) unchanged (was \(number(older, entry.old)))"
            case .changed:
                let percent = Int(((entry.similarity ?? 0) * 100).rounded())
                heading = "\(number(newer, entry.new)) changed (was \(number(older, entry.old)), \(percent) % of words shared)"
            case .added: heading = "\(number(newer, entry.new)) added"
            case .dropped: heading = "\(number(older, entry.old)) of the earlier meeting dropped"
            }
            out += "\n" + Console.safe(heading) + "\n    " + marked(entry.pieces, colour: colour) + "\n"
        }
        return out
    }

    static func marked(_ pieces: [DiffPiece], colour: Bool) -> String {
        guard colour else { return Console.safe(WordDiff.marked(pieces).text) }
        return pieces.map { piece -> String in
            let text = Console.safe(piece.text)
            switch piece.kind {
            case .same: return text
            case .removed: return "\u{1B}[31;9m" + text + "\u{1B}[0m"
            case .added: return "\u{1B}[32m" + text + "\u{1B}[0m"
            }
        }.joined(separator: " ")
    }
}
