/// A speech delivered as a file of its own (a General Debate statement): no headline, no
/// dateline, no meeting header — the text starts with a salutation ("Mr. President,") or with
/// the speaker's own prose, in the first person. Such a file says nothing of its meeting, and the
/// dates in it are of what the speaker talks about: it is imported only with a date given
/// (`--date` or a meta file), never dated by its text. Pure.
public enum SpeechText {
    /// Forms of address and invocations that open a speech.
    static let salutations = [
        "mr. ", "mr ", "mister ", "mrs. ", "ms. ", "madam", "madame", "your excellenc", "your majest",
        "your highness", "his excellenc", "her excellenc", "excellenc", "president", "distinguished",
        "ladies and gentlemen", "dear ", "honourable", "honorable", "honoured", "hon’ble", "respected",
        "esteemed", "h.e. ", "praise be", "sir,", "co-chair", "colleague", "heads of state", "secretary-general", "fellow",
        "in the name of", "bismillah",
    ]

    /// What a speech file says of its meeting: at most the verbatim record's running header
    /// ("A/70/PV.19 30/09/2015"), which gives the record and the day it was spoken.
    public struct Speech: Equatable, Sendable {
        /// The record symbol of a running header, e.g. `A/70/PV.19`.
        public var record: String?
        /// The day the running header prints (`YYYY-MM-DD`).
        public var recordDate: String?
    }

    /// Words by which a speaker addresses the room.
    static let audienceWords = ["excellenc", "ladies", "gentlemen", "distinguished", "delegates", "friends", "colleagues"]

    /// Whether `text` reads as a speech with no meeting header.
    public static func isSpeech(_ text: String) -> Bool { read(text) != nil }

    /// The speech `text` is, or `nil` when it reads as another kind of document.
    public static func read(_ text: String) -> Speech? {
        // Lines with words (blank, non-breaking-space-only and form-feed lines left out), spaces normalised.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
            .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        guard lines.count >= 3 else { return nil }
        let first = lines[0]
        // Markdown front matter, a heading or HTML is a document with a header.
        if first.hasPrefix("---") || first.hasPrefix("#") || first.hasPrefix("<") { return nil }
        var speech = Speech()
        // A short line with a date near the top is a dateline or a date line: a header; except the
        // running header of the verbatim record the speech was cut from, which dates it.
        // (Page footers such as "15-29562 43/54" have no words and are not date lines.)
        for line in lines.prefix(5) where line.split(separator: " ").count <= 12 && line.contains(where: \.isLetter) {
            guard let found = DateFinder.find(in: TokenizedText(line)).first else { continue }
            if speech.recordDate == nil, let record = recordSymbol(in: line) {
                speech.record = record
                speech.recordDate = found.date
                continue
            }
            return nil
        }
        // The opening: an address (possibly after an invocation or a line of its own, as a list of
        // dignitaries), or a sentence rather than a headline; then the speaker's own voice.
        let opening = lines.prefix(4).map(withoutBullet)
        let addressed = opening.indices.dropLast().contains { isSalutation(opening[$0], next: opening[$0 + 1]) }
        guard addressed || isProse(first, next: lines[1]) else { return nil }
        return firstPerson(in: String(lines.prefix(40).joined(separator: " ").prefix(6000))) ? speech : nil
    }

    /// `A/70/PV.19` or `S/PV.8701` among the words of a short line (a running header prints it
    /// before or after the date).
    static func recordSymbol(in line: String) -> String? {
        for token in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) where token.count <= 20 && token.contains("/PV.") {
            let parts = token.split(separator: "/", omittingEmptySubsequences: false)
            guard let organ = parts.first, organ == "A" || organ == "S", let last = parts.last, last.hasPrefix("PV."),
                last.count > 3, last.dropFirst(3).allSatisfy({ $0.isASCII && $0.isNumber })
            else { continue }
            return String(token)
        }
        return nil
    }

    /// A list bullet ("-", "•", "*") at the start of a line left out.
    static func withoutBullet(_ line: String) -> String {
        guard let first = line.first, "-•*–".contains(first) else { return line }
        return line.dropFirst().trimmingCharacters(in: .whitespaces)
    }

    /// Whether a line is an address to the audience ("Mr. President, Excellencies,"): never a title.
    public static func isAddress(_ line: String) -> Bool { isSalutation(line, next: "") }

    static func isSalutation(_ line: String, next: String) -> Bool {
        guard line.count <= 200 else { return false }
        let lower = line.lowercased()
        guard salutations.contains(where: { lower.hasPrefix($0) }) else { return false }
        // An invocation ("In the name of God, the Merciful") opens a speech as it is.
        if lower.hasPrefix("in the name of") || lower.hasPrefix("bismillah") { return true }
        // "Mr. President," / "Mr President" / "Your Excellency …, President of the General Assembly;":
        // an address ends with a comma, a semicolon, a colon or an exclamation, or is a few words,
        // or runs on to a next line that ends so ("Ladies and" / "Gentlemen,").
        if let last = lower.last, ",;:!".contains(last) { return true }
        if lower.contains("|") { return false }
        if lower.split(separator: " ").count <= 6 { return true }
        // A list of addressees ("Excellencies, Ladies and Gentlemen, dear Friends, Mr. President"):
        // short parts, one of them a word only an audience is called by. A headline listing
        // leaders ("President X, Prime Minister Y, and President Z Meet") has none.
        let parts = lower.components(separatedBy: ", ")
        if parts.count >= 3, parts.allSatisfy({ $0.split(separator: " ").count <= 6 }),
            audienceWords.contains(where: { lower.contains($0) })
        {
            return true
        }
        return next.count <= 60 && next.last.map { ",;:".contains($0) } == true
    }

    /// A line of running prose: a long sentence, one that ends like a sentence with enough words,
    /// or the start of one that the next line continues in lower case (a hard-wrapped paragraph).
    static func isProse(_ line: String, next: String) -> Bool {
        let words = line.split(separator: " ").count
        if line.count >= 160 && words >= 25 { return true }
        if let last = line.last, ".!?”\"".contains(last), words >= 8 { return true }
        return words >= 5 && next.first?.isLowercase == true
    }

    /// The speaker's own voice: "I", "we", "my", "our" as words (a readout speaks of others in
    /// the third person).
    static func firstPerson(in text: String) -> Bool {
        var word = ""
        for ch in text + " " {
            if ch.isLetter {
                word.append(ch)
                continue
            }
            if ["I", "We", "we", "My", "my", "Our", "our"].contains(word) { return true }
            word = ""
        }
        return false
    }
}
