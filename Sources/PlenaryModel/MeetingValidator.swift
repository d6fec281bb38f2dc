import Foundation

/// Checks a record against the rules of the format. Returns every problem, not the first,
/// so a user fixing a file by hand sees the whole list at once.
public enum MeetingValidator {
    public static func validate(_ meeting: Meeting) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        func report(_ path: String, _ message: String) { problems.append(ValidationProblem(path: path, message: message)) }

        if meeting.format != Meeting.formatVersion {
            report("format", "is \"\(meeting.format)\", expected \"\(Meeting.formatVersion)\"")
        }
        if !MeetingID.isValid(meeting.id) {
            report("id", "\"\(meeting.id)\" must match [a-z0-9-]+ (at most \(MeetingID.maximumLength) characters, not starting with -)")
        }
        if meeting.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report("title", "is empty")
        }
        if !ISODate.isValidDay(meeting.date) {
            report("date", "\"\(meeting.date)\" is not a valid ISO 8601 date (YYYY-MM-DD)")
        }
        if let end = meeting.endDate {
            if !ISODate.isValidDay(end) {
                report("endDate", "\"\(end)\" is not a valid ISO 8601 date (YYYY-MM-DD)")
            } else if ISODate.isValidDay(meeting.date), end < meeting.date {
                report("endDate", "\(end) is before the date \(meeting.date)")
            }
        }

        let personIDs = Set(meeting.people.map(\.id))
        var seenPeople = Set<String>()
        for (i, person) in meeting.people.enumerated() {
            if !MeetingID.isValid(person.id) { report("people[\(i)].id", "\"\(person.id)\" must match [a-z0-9-]+") }
            if !seenPeople.insert(person.id).inserted { report("people[\(i)].id", "\"\(person.id)\" is listed twice") }
        }

        let lengths = meeting.paragraphs.map(\.scalarLength)
        for (i, paragraph) in meeting.paragraphs.enumerated() {
            let path = "paragraphs[\(i)]"
            if paragraph.index != i + 1 {
                report("\(path).index", "is \(paragraph.index), expected \(i + 1) (indexes run 1…\(meeting.paragraphs.count))")
            }
            for (j, speaker) in paragraph.speakers.enumerated() where !personIDs.contains(speaker) {
                report("\(path).speakers[\(j)]", "\"\(speaker)\" is not in people")
            }
            for (j, mention) in paragraph.mentions.enumerated() {
                checkSpan("\(path).mentions[\(j)]", mention.start, mention.end, lengths[i], report)
            }
            for (j, citation) in paragraph.citations.enumerated() {
                let cpath = "\(path).citations[\(j)]"
                checkSpan(cpath, citation.start, citation.end, lengths[i], report)
                if let symbol = citation.symbol {
                    if !CitationSymbol.isCanonical(symbol) { report("\(cpath).symbol", "\"\(symbol)\" is not a canonical symbol") }
                } else if citation.resolved {
                    report("\(cpath).resolved", "is true but the citation has no symbol")
                }
            }
        }

        for (i, item) in meeting.attendance.enumerated() {
            let path = "attendance[\(i)]"
            guard (1...max(1, meeting.paragraphs.count)).contains(item.paragraph), item.paragraph <= meeting.paragraphs.count else {
                report("\(path).paragraph", "\(item.paragraph) is not a block of this meeting")
                continue
            }
            checkSpan(path, item.start, item.end, lengths[item.paragraph - 1], report)
        }

        for (i, statement) in meeting.statements.enumerated() {
            let path = "statements[\(i)]"
            if !personIDs.contains(statement.speaker) { report("\(path).speaker", "\"\(statement.speaker)\" is not in people") }
            // No 1...0 range: a record may have no paragraphs.
            for (j, index) in statement.paragraphs.enumerated() where index < 1 || index > meeting.paragraphs.count {
                report("\(path).paragraphs[\(j)]", "\(index) is not a block of this meeting")
            }
        }

        for (i, event) in meeting.events.enumerated() {
            if !ISODate.isValidPartial(event.date) { report("events[\(i)].date", "\"\(event.date)\" is not YYYY, YYYY-MM or YYYY-MM-DD") }
            if !(1...max(1, meeting.paragraphs.count)).contains(event.paragraph) || event.paragraph > meeting.paragraphs.count {
                report("events[\(i)].paragraph", "\(event.paragraph) is not a block of this meeting")
            }
        }
        return problems
    }

    private static func checkSpan(
        _ path: String, _ start: Int, _ end: Int, _ length: Int,
        _ report: (String, String) -> Void
    ) {
        if start < 0 || start > length { report("\(path).start", "\(start) lies outside the paragraph text (0…\(length))") }
        if end < 0 || end > length {
            report("\(path).end", "\(end) lies outside the paragraph text (0…\(length))")
        } else if end < start {
            report("\(path).end", "\(end) is before start \(start)")
        }
    }
}
