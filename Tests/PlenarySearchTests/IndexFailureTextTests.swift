import GRDB
@testable import PlenarySearch
import XCTest

/// Issue 12, row 13: a full disk or a read-only folder is one plain sentence; no message
/// quotes SQL or SQLite's own words ("SQLite error 14", "while executing `INSERT …`").
final class IndexFailureTextTests: XCTestCase {
    func testDatabaseErrorsBecomePlainSentences() {
        let cases: [(ResultCode, String)] = [
            (.SQLITE_FULL, "the disk is full"), (.SQLITE_CANTOPEN, "cannot be written here"), (.SQLITE_READONLY, "cannot be written here"),
            (.SQLITE_CORRUPT, "damaged"), (.SQLITE_NOTADB, "damaged"), (.SQLITE_IOERR, "could not be read or written"),
            (.SQLITE_ERROR, "the search index failed"),
        ]
        for (code, expected) in cases {
            let error = DatabaseError(
                resultCode: code, message: "fts5: parser stack overflow", sql: "SELECT rowid FROM fts WHERE fts MATCH ?")
            let text = IndexFailureText.reason(error)
            XCTAssertTrue(text.contains(expected), "\(code): \(text)")
            XCTAssertFalse(IndexFailureText.looksLikeSQLite(text), "\(code): \(text)")
            XCTAssertEqual(
                SearchError.index(path: "/s/.plenary/search.sqlite", reason: text).description.lowercased().contains("select"), false)
        }
    }
}
