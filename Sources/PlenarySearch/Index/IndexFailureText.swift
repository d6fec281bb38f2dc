import Foundation
import GRDB

/// A failure of the index database as one plain sentence: never the SQL statement, never
/// SQLite's own wording ("SQLite error 14", "fts5: parser stack overflow"). The index is
/// derived data, so most sentences end by saying what to do.
enum IndexFailureText {
    static func reason(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else {
            let text = "\(error)"
            return looksLikeSQLite(text) ? "the search index could not be used" : text
        }
        switch error.resultCode {
        case .SQLITE_FULL:
            return "the disk is full; free some space and search again"
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH:
            return "the search index cannot be written here (read-only folder or no permission)"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "the search index is damaged; plenary reindex rebuilds it"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "the search index is busy in another process; try again"
        case .SQLITE_IOERR:
            return "the disk could not be read or written"
        case .SQLITE_NOMEM, .SQLITE_TOOBIG:
            return "the search needs more memory than there is"
        case .SQLITE_INTERRUPT:
            return "the search was stopped"
        default:
            return "the search index failed (plenary reindex rebuilds it)"
        }
    }

    /// Text that carries SQLite's words or a statement.
    static func looksLikeSQLite(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["sqlite", "select ", "insert ", "update ", "delete ", "pragma", "fts5", "while executing"].contains { lower.contains($0) }
    }
}
