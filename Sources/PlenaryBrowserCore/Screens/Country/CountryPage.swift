import PlenaryModel

/// The country screen's content: its representatives and every statement by them, and
/// (with a search index) the meetings it attended, spoke at or was mentioned in, all in
/// date order; a histogram of those meetings (or, without an index, of the statements).
package enum CountryPage {
    /// A meeting concerning the country: how many of its paragraphs do, and the first.
    package struct Concerning: Equatable {
        package var summary: MeetingSummary
        package var paragraphs: Int
        package var first: Int?

        package init(summary: MeetingSummary, paragraphs: Int, first: Int?) {
            self.summary = summary
            self.paragraphs = paragraphs
            self.first = first
        }
    }
}
