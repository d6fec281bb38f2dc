import Foundation

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
    init(text: String) {
        var header: [String] = []
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if header.isEmpty {
                header = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
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
        return row.fields[column].trimmingCharacters(in: .whitespaces)
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
