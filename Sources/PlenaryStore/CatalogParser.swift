import Foundation
import PlenaryModel

/// Reads the Security Council catalogue tables (`resolutions.tsv`, `meetings.tsv`): every good
/// line becomes an entry, every bad line a problem naming the line. Pure: text in, values out.
public enum CatalogParser {
    public enum Kind: String, Sendable {
        case resolutions, meetings
    }

    public struct Result: Sendable {
        public var kind: Kind?
        public var resolutions: [CatalogResolution] = []
        public var meetings: [CatalogMeeting] = []
        /// Rows kept out on purpose, not errors: meeting rows without a record symbol (`--`).
        public var skipped = 0
        public var problems: [CatalogProblem] = []
    }

    /// Which table the header describes, or `nil`.
    static func kind(of table: CatalogTable) -> Kind? {
        if table.column("resolution", "number") != nil { return .resolutions }
        if table.column("meeting_record", "record") != nil { return .meetings }
        return nil
    }

    public static func parse(_ text: String, file: String) -> Result {
        let table = CatalogTable(text: text)
        var result = Result()
        guard !table.header.isEmpty else {
            result.problems.append(
                CatalogProblem(file: file, line: 0, reason: "empty file, expected a tab-separated table with a header line"))
            return result
        }
        switch kind(of: table) {
        case .resolutions?:
            result.kind = .resolutions
            parseResolutions(table, file: file, into: &result)
        case .meetings?:
            result.kind = .meetings
            parseMeetings(table, file: file, into: &result)
        case nil:
            result.problems.append(
                CatalogProblem(
                    file: file, line: 1,
                    reason:
                        "not a catalogue table: the header needs a `resolution` column (resolutions.tsv) or a `meeting_record` column (meetings.tsv)"
                ))
        }
        return result
    }

    // MARK: Resolutions

    static func parseResolutions(_ table: CatalogTable, file: String, into result: inout Result) {
        let cNumber = table.column("resolution", "number"), cSymbol = table.column("symbol")
        let cYear = table.column("res_year", "year"), cDate = table.column("date")
        let cRecord = table.column("meeting_record", "record"), cPress = table.column("press_release")
        let cTopic = table.column("topic"), cVote = table.column("vote")
        let missing = [("res_year", cYear), ("date", cDate), ("topic", cTopic)].filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            result.problems.append(
                CatalogProblem(
                    file: file, line: 1,
                    reason: "the header lacks the column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))"))
            return
        }
        var firstLine: [Int: Int] = [:]
        for row in table.rows {
            func bad(_ reason: String) { result.problems.append(CatalogProblem(file: file, line: row.line, reason: reason)) }
            if let shape = table.shapeProblem(row) { bad(shape); continue }
            let numberText = CatalogTable.field(row, cNumber)
            guard let number = Int(numberText), number > 0, numberText.allSatisfy(\.isASCII) else {
                bad("resolution number \"\(numberText)\" is not a positive whole number"); continue
            }
            let yearText = CatalogTable.field(row, cYear)
            guard yearText.count == 4, let year = Int(yearText), year >= 1946 else {
                bad("malformed year \"\(yearText)\" (expected YYYY, 1946 or later)"); continue
            }
            let date = CatalogTable.field(row, cDate)
            if !date.isEmpty, !ISODate.isValidDay(date) { bad("malformed date \"\(date)\" (expected YYYY-MM-DD)"); continue }
            let resolution = CatalogResolution(
                number: number, year: year, date: date.isEmpty ? nil : date,
                meetingRecord: nonEmpty(CatalogTable.field(row, cRecord)), pressRelease: nonEmpty(CatalogTable.field(row, cPress)),
                topic: CatalogTable.field(row, cTopic), vote: nonEmpty(CatalogTable.field(row, cVote)).map(CatalogVote.init(text:)))
            let symbol = CatalogTable.field(row, cSymbol)
            if !symbol.isEmpty, Catalog.canonicalOutcome(symbol) != resolution.symbol {
                bad("symbol \"\(symbol)\" does not agree with number \(number) and year \(year)"); continue
            }
            if let first = firstLine[number] { bad("duplicate resolution \(number) (first on line \(first))"); continue }
            firstLine[number] = row.line
            result.resolutions.append(resolution)
        }
    }

    // MARK: Meetings

    static func parseMeetings(_ table: CatalogTable, file: String, into result: inout Result) {
        let cRecord = table.column("meeting_record", "record"), cDate = table.column("date")
        let cPress = table.column("press_release"), cTopic = table.column("topic")
        let cOutcome = table.column("outcome_docs"), cOutcomeText = table.column("outcome_text")
        let missing = [("date", cDate), ("topic", cTopic)].filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            result.problems.append(
                CatalogProblem(
                    file: file, line: 1,
                    reason: "the header lacks the column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))"))
            return
        }
        var meetings: [CatalogMeeting] = []
        var byKey: [String: (index: Int, line: Int)] = [:]
        for row in table.rows {
            func bad(_ reason: String) { result.problems.append(CatalogProblem(file: file, line: row.line, reason: reason)) }
            if let shape = table.shapeProblem(row) { bad(shape); continue }
            let record = CatalogTable.field(row, cRecord)
            let date = CatalogTable.field(row, cDate)
            if !date.isEmpty, !ISODate.isValidDay(date) { bad("malformed date \"\(date)\" (expected YYYY-MM-DD)"); continue }
            // The library lists videoconference meetings without a record as `--`: nothing to key them by.
            if record.isEmpty || record == "--" { result.skipped += 1; continue }
            guard record.lowercased().hasPrefix("s/pv.") else { bad("meeting record \"\(record)\" is not an S/PV symbol"); continue }
            var outcomes: [String] = []
            var badOutcome: String?
            for item in CatalogTable.field(row, cOutcome).split(separator: ";") {
                let text = CatalogTable.trim(item)
                if text.isEmpty { continue }
                if let symbol = Catalog.canonicalOutcome(text) { outcomes.append(symbol) } else { badOutcome = text; break }
            }
            if let badOutcome { bad("outcome document \"\(badOutcome)\" is not an S/RES or S/PRST symbol"); continue }
            let topic = CatalogTable.field(row, cTopic)
            let outcomeText = CatalogTable.field(row, cOutcomeText)
            let key = Catalog.recordKey(record)
            if let (index, firstLine) = byKey[key] {
                if let d = meetings[index].date, !date.isEmpty, d != date {
                    // A meeting resumed on another day keeps one record: its dates become a range.
                    guard abs(dayNumber(d) - dayNumber(date)) <= 7 else {
                        bad("\(record) is dated \(d) on line \(firstLine), here \(date)"); continue
                    }
                    let all = [d, meetings[index].endDate ?? d, date].sorted()
                    meetings[index].date = all.first
                    meetings[index].endDate = all.last == all.first ? nil : all.last
                }
                if meetings[index].date == nil, !date.isEmpty { meetings[index].date = date }
                if !topic.isEmpty, !meetings[index].topics.contains(topic) { meetings[index].topics.append(topic) }
                for o in outcomes where !meetings[index].outcomes.contains(o) { meetings[index].outcomes.append(o) }
                if !outcomeText.isEmpty, outcomeText != "--" { meetings[index].outcomeText.append(outcomeText) }
            } else {
                let meeting = CatalogMeeting(
                    record: cleanRecord(record), date: date.isEmpty ? nil : date,
                    pressRelease: nonEmpty(CatalogTable.field(row, cPress)), topics: topic.isEmpty ? [] : [topic],
                    outcomes: outcomes, outcomeText: outcomeText.isEmpty || outcomeText == "--" ? [] : [outcomeText])
                byKey[key] = (meetings.count, row.line)
                meetings.append(meeting)
            }
        }
        result.meetings = meetings
    }

    /// The record symbol without corrigenda and access notes: `S/PV.8151 + Corr.1` → `S/PV.8151`.
    static func cleanRecord(_ record: String) -> String {
        guard record.utf8.contains(0x2B) || record.hasSuffix("closed") else { return record }
        var s = record
        if let plus = s.range(of: " + ") { s = String(s[..<plus.lowerBound]) }
        for note in [" (closed)", " closed"] where s.hasSuffix(note) { s = String(s.dropLast(note.count)) }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// Days since 1970-01-01 of a valid `YYYY-MM-DD` (civil calendar arithmetic).
    static func dayNumber(_ iso: String) -> Int {
        guard let (y0, m, d) = ISODate.parseDay(iso) else { return 0 }
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }
}
