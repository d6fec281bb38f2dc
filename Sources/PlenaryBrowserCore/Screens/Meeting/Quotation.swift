import PlenaryModel

/// Paragraphs of a meeting as pasted into a report: the whole text and the citation line
/// (`PassageCitation`, the same as `plenary export` and `plenary show --cite`).
public struct Quotation: Equatable, Sendable {
    /// What goes on the clipboard or into the pager.
    public var text: String
    /// The citation line alone, for the status line.
    public var citation: String

    /// `nil` when none of `paragraphs` is in the meeting.
    public init?(_ meeting: Meeting, paragraphs: [Int], countries: CountryNames, markdown: Bool) {
        let texts = paragraphs.compactMap { i in meeting.paragraphs.first { $0.index == i }?.text }
        guard !texts.isEmpty else { return nil }
        let cited = PassageCitation(meeting: meeting, paragraphs: paragraphs, countryName: countries.name)
        text = cited.quote(texts, markdown: markdown)
        citation = cited.line
    }

    /// For the pager: the citation first, then the text.
    public static func forPager(_ meeting: Meeting, paragraphs: [Int], countries: CountryNames) -> String? {
        let texts = paragraphs.compactMap { i in meeting.paragraphs.first { $0.index == i }?.text }
        guard !texts.isEmpty else { return nil }
        let cited = PassageCitation(meeting: meeting, paragraphs: paragraphs, countryName: countries.name)
        return cited.line + "\n\n" + texts.joined(separator: "\n\n") + "\n"
    }
}
