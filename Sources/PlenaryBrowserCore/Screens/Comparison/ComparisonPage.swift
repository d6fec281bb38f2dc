import PlenaryModel

/// The comparison screen's content: a meeting against its body's previous one, as
/// `plenary compare` shows it — each changed, added or dropped paragraph with its word diff
/// ([-removed-] {+added+}, highlighted). Enter opens the paragraph in its meeting.
package enum ComparisonPage {
    package static func build(_ comparison: MeetingComparison, older: Meeting, newer: Meeting) -> EntityPage {
        let facts = [
            newer.title,
            "\(newer.date) against \(older.date) (\(older.id))",
            "\(comparison.count(.unchanged)) unchanged, \(comparison.count(.changed)) changed, "
                + "\(comparison.count(.added)) added, \(comparison.count(.dropped)) dropped",
        ]
        let number = MeetingComparison.label
        let items = comparison.entries.filter { $0.kind != .unchanged }.map { entry -> EntityItem in
            let (text, changes) = WordDiff.marked(entry.pieces)
            let heading: String
            let open: OpenTarget
            switch entry.kind {
            case .changed, .unchanged:
                let percent = Int(((entry.similarity ?? 0) * 100).rounded())
                heading = "\(number(newer, entry.new)), was \(number(older, entry.old)), \(percent) % of words shared"
                open = .meeting(id: newer.id, paragraph: entry.new, highlights: [])
            case .added:
                heading = number(newer, entry.new)
                open = .meeting(id: newer.id, paragraph: entry.new, highlights: [])
            case .dropped:
                heading = "\(number(older, entry.old)) of the \(older.date) meeting"
                open = .meeting(id: older.id, paragraph: entry.old, highlights: [])
            }
            let date = entry.kind == .dropped ? older.date : newer.date
            return EntityItem(
                date: date, heading: heading, detail: entry.kind.rawValue, text: text, highlights: changes,
                open: open, citation: "\(newer.title), \(newer.date), \(heading)",
                passage: entry.kind == .dropped
                    ? entry.old.map { PassageRef(meeting: older.id, paragraphs: [$0]) }
                    : entry.new.map { PassageRef(meeting: newer.id, paragraphs: [$0]) })
        }
        return EntityPage(
            title: "\(newer.id) since \(older.date)", facts: facts, items: items,
            emptyText: "The two meetings say the same, paragraph for paragraph.")
    }
}
