import Foundation
import SafeText

/// A tab-separated file with a header line, read for the catalogue: columns found by name, so
/// the same reader takes the library's tables and the corpora's joined copies.
struct CatalogTable {
    struct Row {
        /// 1-based line number in the file.
        var line: Int
        var fields: [Substring]
    }

    var header: [String]
    var rows: [Row]

    /// Splits `text` into header and rows. Blank lines are skipped; a trailing `\r` is dropped.
    /// Scans UTF-8 bytes: tab and line feed never occur inside a multi-byte character, and
    /// splitting by Characters costs most of a 10,000-line table's load time.
    init(text: String) {
        var header: [String] = []
        var rows: [Row] = []
        let utf8 = text.utf8
        var lineNumber = 0
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < utf8.endIndex, utf8[lineEnd] != 0x0A { lineEnd = utf8.index(after: lineEnd) }
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            var end = lineEnd
            if end > lineStart, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
            var fields: [Substring] = []
            var blank = true
            var fieldStart = lineStart
            var i = lineStart
            while i < end {
                let b = utf8[i]
                if b == 0x09 {
                    fields.append(Substring(utf8[fieldStart..<i]))
                    fieldStart = utf8.index(after: i)
                } else if b != 0x20 {
                    blank = false
                }
                i = utf8.index(after: i)
            }
            fields.append(Substring(utf8[fieldStart..<end]))
            lineStart = next
            if blank { continue }
            if header.isEmpty {
                header = fields.map { CatalogTable.trim($0).lowercased() }
            } else {
                rows.append(Row(line: lineNumber, fields: fields))
            }
        }
        self.header = header
        self.rows = rows
    }

    /// Index of the first column named any of `names`.
    func column(_ names: String...) -> Int? {
        for name in names { if let i = header.firstIndex(of: name) { return i } }
        return nil
    }

    /// The field of `row` at `column`, trimmed; empty when the column is absent.
    static func field(_ row: Row, _ column: Int?) -> String {
        guard let column, column < row.fields.count else { return "" }
        // Catalogue text is stored and shown: no controls, escapes or bidi overrides in it.
        let field = row.fields[column]
        return StoredText.isClean(field) ? trim(field) : trim(Substring(StoredText.cleanLine(field)))
    }

    /// Spaces and tabs off both ends; a plain scan, because Foundation's trimming dominates
    /// the load time of a 10,000-line table.
    static func trim(_ s: Substring) -> String {
        let u = s.utf8
        var start = u.startIndex, end = u.endIndex
        while start < end, u[start] == 0x20 || u[start] == 0x09 { start = u.index(after: start) }
        while end > start, u[u.index(before: end)] == 0x20 || u[u.index(before: end)] == 0x09 { end = u.index(before: end) }
        return String(s[start..<end])
    }

    /// A reason when the row's field count differs from the header's.
    func shapeProblem(_ row: Row) -> String? {
        if row.fields.count < header.count {
            return "missing columns: \(row.fields.count) of \(header.count) (\(header[row.fields.count...].joined(separator: ", ")) absent)"
        }
        if row.fields.count > header.count {
            return "extra columns: \(row.fields.count) where the header has \(header.count)"
        }
        return nil
    }
}
