import PlenaryModel

/// Puts what the importer said over what the text said: title, date, organisation, body and
/// location replaced, the id made again from them (as the extractor makes it), and the values
/// recorded in `source.overrides`. Pure.
public enum MeetingOverrides {
    public static func apply(_ overrides: SourceOverrides, to meeting: Meeting) -> Meeting {
        guard !overrides.isEmpty else { return meeting }
        var m = meeting
        if let title = overrides.title { m.title = title }
        if let organization = overrides.organization { m.organization = organization }
        if let body = overrides.body { m.body = body }
        if let location = overrides.location { m.location = location }
        if let date = overrides.date {
            m.date = date
            // A range printed in the text ends after the given day or belongs to another date.
            if let end = m.endDate, end <= date { m.endDate = nil }
        }
        if overrides.body != nil || overrides.organization != nil || overrides.title != nil {
            let name = m.body ?? m.organization.map { "\($0) \(m.title)" } ?? m.title
            m.id = MeetingID.make(date: m.date, name: Extractor.idName(name))
        } else if overrides.date != nil, meeting.id.hasPrefix(meeting.date) {
            // Only the day changed: the id keeps its name (a record's symbol, a body) under the new day.
            m.id = m.date + meeting.id.dropFirst(meeting.date.count)
        }
        m.source?.overrides = overrides
        return m
    }
}
