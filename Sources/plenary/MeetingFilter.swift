import Foundation
import PlenaryModel

/// The `list` filters: a date window (partial dates widen to whole years or months),
/// organisation and body.
struct MeetingFilter {
    var from: String? = nil
    var to: String? = nil
    var organization: String? = nil
    var body: String? = nil

    func matches(_ summary: MeetingSummary) -> Bool {
        if let from, summary.date < from { return false }
        // "2017" must include 2017-12-31: compare against the prefix of the same length.
        if let to, String(summary.date.prefix(to.count)) > to { return false }
        if let organization, summary.organization?.caseInsensitiveCompare(organization) != .orderedSame { return false }
        if let body {
            guard let meetingBody = summary.body,
                  meetingBody.range(of: body, options: [.caseInsensitive, .diacriticInsensitive]) != nil else { return false }
        }
        return true
    }
}
