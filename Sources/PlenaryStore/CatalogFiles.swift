import Foundation
import PlenaryModel

/// The catalogue kept in `<store>/catalog/`: two tab-separated tables in the import format
/// (`unsc-resolutions.tsv`, `unsc-meetings.tsv`), holding only lines that were loaded, so
/// reading them back never reports a problem and users can inspect them with any tool.
public enum CatalogFiles {
    public static let resolutionsName = "unsc-resolutions.tsv"
    public static let meetingsName = "unsc-meetings.tsv"

    static let resolutionHeader = ["resolution", "symbol", "res_year", "date", "meeting_record", "press_release", "topic", "vote"]
    static let meetingHeader = ["meeting_record", "date", "press_release", "topic", "outcome_docs", "outcome_text"]

    /// Tabs and line breaks inside a value would break the table: they become spaces.
    static func cell(_ s: String?) -> String {
        guard let s else { return "" }
        guard s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return s }
        return String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    public static func encode(resolutions: [CatalogResolution]) -> Data {
        var out = resolutionHeader.joined(separator: "\t") + "\n"
        for r in resolutions.sorted(by: { $0.number < $1.number }) {
            out +=
                [
                    String(r.number), r.symbol, String(r.year), cell(r.date), cell(r.meetingRecord), cell(r.pressRelease),
                    cell(r.topic), cell(r.vote?.text),
                ].joined(separator: "\t") + "\n"
        }
        return Data(out.utf8)
    }

    /// One line per agenda topic; the reader merges lines of one record again.
    public static func encode(meetings: [CatalogMeeting]) -> Data {
        var out = meetingHeader.joined(separator: "\t") + "\n"
        let sorted = meetings.sorted { ($0.date ?? "", $0.record) < ($1.date ?? "", $1.record) }
        for m in sorted {
            let topics = m.topics.isEmpty ? [""] : m.topics
            // A record spanning days is written once per day; the reader merges them into a range.
            if let end = m.endDate {
                out += [cell(m.record), end, "", "", "", ""].joined(separator: "\t") + "\n"
            }
            for (i, topic) in topics.enumerated() {
                let first = i == 0
                out +=
                    [
                        cell(m.record), cell(m.date), cell(m.pressRelease), cell(topic),
                        first ? m.outcomes.joined(separator: ";") : "",
                        first ? cell(m.outcomeText.joined(separator: "; ")) : "",
                    ].joined(separator: "\t") + "\n"
            }
        }
        return Data(out.utf8)
    }
}
