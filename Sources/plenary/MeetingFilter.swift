import Foundation
import PlenaryModel
import PlenarySearch

/// The `list` filters: a date window (partial dates widen to whole years or months),
/// organisation and body.
struct MeetingFilter {
    var from: String? = nil
    var to: String? = nil
    var organization: String? = nil
    var body: String? = nil

    func matches(_ summary: MeetingSummary) -> Bool {
        matches(date: summary.date, organization: summary.organization, body: summary.body)
    }

    func matches(_ meeting: LinkedMeeting) -> Bool {
        matches(date: meeting.date, organization: meeting.organization, body: meeting.body)
    }

    func matches(date: String, organization meetingOrganization: String?, body meetingBody: String?) -> Bool {
        if let from, date < from { return false }
        // "2017" must include 2017-12-31: compare against the prefix of the same length.
        if let to, String(date.prefix(to.count)) > to { return false }
        if let organization, meetingOrganization?.caseInsensitiveCompare(organization) != .orderedSame { return false }
        if let body {
            guard let meetingBody,
                meetingBody.range(of: body, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            else { return false }
        }
        return true
    }
}
