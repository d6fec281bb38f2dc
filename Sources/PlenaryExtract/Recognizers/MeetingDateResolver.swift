import PlenaryModel

/// The day a meeting took place, which is not the day it was reported: a date the text ties to
/// the meeting ("met … on 26 July", "from 20 to 22 December"), else a relative word resolved
/// against the publication date ("today", "yesterday", "last night", "on Monday"), else the
/// publication date itself. Dates of things the meeting only discussed ("the partnership
/// established on 12 November 2022") are passed over when a publication date is known.
struct MeetingDateResolver {
    /// Words that put a sentence about the meeting itself.
    static let meetingWords: Set<String> = [
        "met", "meet", "meets", "meeting", "meetings", "held", "hold", "holds", "convened", "convene", "convenes", "hosted",
        "host", "hosts", "attended", "attend", "attending", "attends", "visit", "visited", "visiting", "talks", "summit",
        "conference", "session", "consultations", "dialogue", "spoke", "call", "called", "joined", "join", "observance",
        "remarks", "message", "address", "addressed", "gathered", "took", "participated", "participate", "chaired", "opened",
        "town", "festival", "forum", "ministerial", "trilateral", "bilateral", "adopted", "signed", "welcomed", "discussed",
    ]
    /// Words that introduce the date of an event: "on 9 March", "held 3 May", "from 20 to 22 December".
    static let cues: Set<String> = ["on", "held", "from", "of", "dated"]

    /// The meeting's date. `published` is the publication day (ISO) when the document gives one.
    static func resolve(
        first blocks: [TokenizedText], dates: [[FoundDate]], bodyStart: Int, headerLines: [String],
        titleDate: FoundDate?, published: String?
    ) -> FoundDate? {
        let publishedYear = published.flatMap { ISODate.parseDay($0)?.0 }
        // "met today", "met last night", "convened today": the report's own day, whatever other dates follow.
        if let published, let first = blocks.first, let d = relativeDate(in: first, published: published),
            (max(0, d.tokens.lowerBound - 2)..<min(first.tokens.count, d.tokens.upperBound + 2)).contains(where: {
                meetingWords.contains(first.tokens[$0].folded)
            })
        {
            return d
        }
        if let first = blocks.first {
            var candidates = dates.first ?? []
            let afterBody = candidates.filter { $0.start >= bodyStart }
            if !afterBody.isEmpty { candidates = afterBody }
            let cued = candidates.filter { cuedDate($0, in: first) }
            if published == nil, let d = cued.first { return d }
            if let d = cued.first(where: { inMeetingSentence($0, first) }) { return d }
        }
        if let year = publishedYear, let published {
            // "on 9 March", "on 30th March": the year is the publication's, unless that puts the meeting
            // half a year after its report (a December meeting reported in January).
            for block in blocks.prefix(2) {
                for d in DateFinder.find(in: block, defaultYear: year) where cuedDate(d, in: block) && inMeetingSentence(d, block) {
                    guard let day = ISODate.dayNumber(d.date), let pub = ISODate.dayNumber(published) else { continue }
                    if day - pub > 180, let earlier = DateFinder.find(in: block, range: d.tokens, defaultYear: year - 1).first {
                        return earlier
                    }
                    return d
                }
            }
            for block in blocks.prefix(2) {
                if let d = relativeDate(in: block, published: published) { return d }
            }
        }
        if let d = headerLines.lazy.compactMap({ DateFinder.find(in: TokenizedText($0)).first }).first { return d }
        if let published { return FoundDate(date: published, endDate: nil, printed: published, tokens: 0..<0, start: 0, end: 0) }
        if let d = dates.first?.first { return d }
        if let d = titleDate { return d }
        return dates.lazy.compactMap(\.first).first
    }

    /// A date right after a cue word, weekdays and commas skipped ("on Monday, 3 May").
    static func cuedDate(_ d: FoundDate, in t: TokenizedText) -> Bool {
        var k = d.tokens.lowerBound - 1
        while k >= 0, t.tokens[k].folded == "," || DateFinder.weekdays.contains(t.tokens[k].folded) { k -= 1 }
        return k >= 0 && cues.contains(t.tokens[k].folded)
    }

    /// The date's sentence speaks of a gathering, and the date is not that of another act
    /// ("the partnership established on 12 November 2022").
    static func inMeetingSentence(_ d: FoundDate, _ t: TokenizedText) -> Bool {
        let sentences = Sentences.split(t)
        guard let s = sentences.first(where: { $0.contains(d.tokens.lowerBound) }) else { return false }
        var k = d.tokens.lowerBound - 1
        while k > s.lowerBound,
            t.tokens[k].folded == "," || DateFinder.weekdays.contains(t.tokens[k].folded) || cues.contains(t.tokens[k].folded)
        { k -= 1 }
        if k >= s.lowerBound, t.tokens[k].kind == .word, t.tokens[k].folded.hasSuffix("ed"), !meetingWords.contains(t.tokens[k].folded) {
            return false
        }
        return s.contains { meetingWords.contains(t.tokens[$0].folded) }
    }

    /// "today", "this morning", "tonight" → the publication day; "yesterday", "last night" → the day
    /// before; "on Monday" → that weekday of the publication's week (the next one for "will … on Monday").
    static func relativeDate(in t: TokenizedText, published: String) -> FoundDate? {
        let tokens = t.tokens
        for (i, tok) in tokens.enumerated() where tok.kind == .word {
            let f = tok.folded
            let next = i + 1 < tokens.count ? tokens[i + 1].folded : ""
            var offset: Int?
            var length = 1
            switch f {
            case "today", "tonight": offset = 0
            case "yesterday": offset = -1
            case "this" where ["morning", "afternoon", "evening"].contains(next): offset = 0; length = 2
            case "last" where next == "night": offset = -1; length = 2
            case "earlier" where next == "today": offset = 0; length = 2
            default:
                guard let weekday = weekdayIndex[f], i > 0, tokens[i - 1].folded == "on" || tokens[i - 1].folded == "last",
                    let pubDay = ISODate.weekday(published)
                else { continue }
                let sentence = Sentences.split(t).first { $0.contains(i) } ?? 0..<tokens.count
                let future = sentence.contains { ["will", "shall", "next"].contains(tokens[$0].folded) }
                offset = future ? (weekday - pubDay + 7) % 7 : -((pubDay - weekday + 7) % 7)
            }
            guard let offset, let day = ISODate.adding(days: offset, to: published) else { continue }
            let end = min(tokens.count, i + length)
            return FoundDate(date: day, endDate: nil, printed: t.text(i..<end), tokens: i..<end, start: tok.start, end: tokens[end - 1].end)
        }
        return nil
    }

    static let weekdayIndex: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]
}
