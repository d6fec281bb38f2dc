import PlenaryModel

/// How a speech file becomes a meeting: its date is the one given (`--date`, a meta file) or the
/// one its record's running header prints — never a date the speech mentions; with neither it
/// is refused (or, with `--force`, given the fallback day). Its title names the delegation the
/// file is named after ("General Assembly general debate: Syrian Arab Republic"), never its
/// salutation. Pure.
public struct SpeechPlan: Equatable, Sendable {
    /// What the extractor puts over the header it finds: the given values plus the date and title.
    public var effective: SourceOverrides
    /// What the record keeps in `source.overrides`: only what the importer gave.
    public var given: SourceOverrides
    /// The verbatim record the speech was cut from, when its running header names it.
    public var record: String?
    /// The delegation the file is named after: the speech is its representative's.
    public var delegation: FileNameDelegation.Delegation?

    public static func make(
        _ speech: SpeechText.Speech, fileName: String, given: SourceOverrides, force: Bool,
        fallbackDate: String, gazetteer: Gazetteer = .shared
    ) throws(ExtractError) -> SpeechPlan {
        var effective = given
        let delegation = FileNameDelegation.find(in: fileName, gazetteer: gazetteer)
        guard let date = given.date ?? speech.recordDate ?? (force ? fallbackDate : nil) else {
            throw .noMeeting(
                reason: "a speech with no meeting header and no date; give its date with --date (or a .meta.json), "
                    + "it is never dated by a day it mentions")
        }
        effective.date = date
        if given.title == nil { effective.title = title(body: given.body, delegation: delegation?.name) }
        return SpeechPlan(effective: effective, given: given, record: speech.record, delegation: delegation)
    }

    /// "<body>: <delegation>", "Speech: <delegation>", or the body alone.
    static func title(body: String?, delegation: String?) -> String? {
        switch (body, delegation) {
        case let (body?, name?): return "\(body): \(name)"
        case let (nil, name?): return "Speech: \(name)"
        case let (body?, nil): return body
        case (nil, nil): return nil
        }
    }

    /// A meeting whose headline is an address to the audience ("Mr. President, Excellencies,
    /// Ladies and Gentlemen") — a speech with a header of its own — is titled as a speech is:
    /// by its body and the delegation the file is named after. A given title is kept, and without
    /// a delegation in the file name nothing changes.
    public static func retitled(
        _ meeting: Meeting, fileName: String, given: SourceOverrides,
        gazetteer: Gazetteer = .shared
    ) -> Meeting {
        guard given.title == nil, SpeechText.isAddress(meeting.title),
            let delegation = FileNameDelegation.find(in: fileName, gazetteer: gazetteer),
            let title = title(body: meeting.body, delegation: delegation.name)
        else { return meeting }
        var m = meeting
        m.title = title
        m.id = MeetingID.make(date: m.date, name: Extractor.idName(title))
        return m
    }
}
