import PlenaryQuery
import TerminalUI

/// Why the query being typed at the search prompt cannot run, shown on the prompt's right
/// while typing (the prompt occupies the status line, where the reason would otherwise go):
/// what the parser says at once, else what the last search of this query said (a filter
/// value that names nothing known, which only the index can tell).
enum QueryProblem {
    static func reason(typing text: String, screen: SearchScreen?) -> String? {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        do {
            _ = try SearchQuery.parse(text)
        } catch {
            return "column \(error.column): \(error.message)"
        }
        if let screen, screen.query == text, case .failed(let message) = screen.status, message.hasPrefix(prefix) {
            return String(message.dropFirst(prefix.count))
        }
        return nil
    }

    /// How the runtime words a query error it got back from the index.
    static let prefix = "bad query at "

    /// Draws `reason` right-aligned on the prompt's row, after the typed text, cut to the room left.
    static func render(_ reason: String, into grid: inout Grid, row y: Int, after used: Int) {
        let room = grid.width - used - 2
        guard room >= 8 else { return }
        let shown = DisplayWidth.of(reason) <= room ? reason : DisplayWidth.truncate(reason, to: room)
        _ = grid.put(shown, x: grid.width - DisplayWidth.of(shown), y: y, style: .error)
    }
}
