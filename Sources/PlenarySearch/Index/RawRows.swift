import Foundation
import GRDB
import GRDBSQLite

/// One row of a statement stepped through SQLite's C API (`RawRows.forEach`).
struct RawRow {
    let statement: OpaquePointer

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    /// The column as text, `nil` when NULL; read with its length, so no scan for the end.
    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self)
    }

    /// Like `text`, but returns `previous` when the column holds the same bytes: values that
    /// repeat row after row (a body, an organisation) then share one string.
    func text(_ column: Int32, reusing previous: String?) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        if var previous, previous.utf8.count == count {
            let same = previous.withUTF8 { old in memcmp(old.baseAddress!, bytes, count) == 0 }
            if same { return previous }
        }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}

/// Reads many rows without GRDB's per-row machinery: the whole-store timeline reads every
/// meeting (tens of thousands of rows of six columns), where that machinery was a third of
/// the time.
enum RawRows {
    static func forEach(_ db: Database, sql: String, arguments: StatementArguments = [], _ body: (RawRow) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
            }
            try body(RawRow(statement: handle))
        }
    }
}
