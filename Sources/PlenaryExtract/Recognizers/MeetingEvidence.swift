/// Whether a document reports a meeting at all. A readout of two leaders is a meeting even with
/// no organisation; a message for an international day, or a statement issued by a spokesman,
/// reports none: no one met, and nothing was said at a gathering.
enum MeetingEvidence {
    /// Nouns and verbs of a gathering, looked for in the headline and the first blocks.
    static let gatheringWords: Set<String> = [
        "met", "meet", "meets", "meeting", "meetings", "summit", "summits", "talks", "conference", "session", "sessions",
        "consultations", "consultation", "dialogue", "visit", "visited", "visits", "visiting", "hosted", "hosts", "convened",
        "convenes", "attended", "attend", "attending", "observance", "festival", "forum", "ceremony", "town", "roundtable",
        "round-table", "panel", "briefing", "debate", "reception", "dinner", "luncheon", "breakfast", "call", "videoconference",
        "gathering", "gathered", "ministerial", "trilateral", "bilateral", "assembly", "council", "event", "launch", "celebration",
        "remarks", "address", "spoke", "joined", "participated", "chaired", "communique", "communiqué", "agreed", "joint",
    ]
    /// Kinds of text that are not the record of a gathering when nothing else says one took place.
    static let messageWords: Set<String> = ["message", "statement", "op-ed", "article", "letter", "tweet", "post"]

    /// `nil` when the segment reports a meeting, else the reason it does not.
    static func reasonForNoMeeting(title: TokenizedText, blocks: [TokenizedText]) -> String? {
        guard let first = blocks.first else { return nil }
        // "Following is the text of X's message on World Food Day": what the introduction says follows.
        if let what = introducedKind(first) {
            guard messageWords.contains(what.kind) else { return nil }
            let rest = first.tokens[what.after...]
            let atGathering = rest.contains { gatheringWords.contains($0.folded) && $0.folded != "statement" }
            return atGathering ? nil : "the document is a \(what.kind), not the record of a meeting"
        }
        let near = [title] + blocks.prefix(6)
        if near.contains(where: { t in t.tokens.contains { gatheringWords.contains($0.folded) } }) { return nil }
        return "the text reports no meeting (no one met, attended, spoke at or hosted anything)"
    }

    /// "Following is/are …'s message …", "The following statement was issued …": the noun of what follows.
    static func introducedKind(_ t: TokenizedText) -> (kind: String, after: Int)? {
        let tokens = t.tokens
        guard tokens.count >= 3 else { return nil }
        var k = 0
        if tokens[0].folded == "the", tokens[1].folded == "following" {
            k = 2
            if tokens[k].isWord, messageWords.contains(tokens[k].folded) || tokens[k].folded == "remarks" {
                return (tokens[k].folded, k + 1)
            }
            return nil
        }
        guard tokens[0].folded == "following", ["is", "are"].contains(tokens[1].folded) else { return nil }
        // The first noun of kind within the opening clause ("… Guterres' video message on …").
        for i in 2..<min(tokens.count, 24) {
            let f = tokens[i].folded
            if f == ":" { break }
            if messageWords.contains(f) || ["remarks", "address", "speech", "statement", "briefing", "text"].contains(f) && f != "text" {
                return (f, i + 1)
            }
        }
        return nil
    }
}
