/// One block of a document before segmentation: an HTML `<p>`, `<li>`, heading or bare text
/// container, or a paragraph of a plain-text file.
struct RawBlock: Sendable, Equatable {
    /// Longest paragraph read (UTF-8 bytes). The recognisers make several passes over each
    /// paragraph; a 50 MB one-line file took 16 s and 910 MB. No real paragraph comes near.
    static let maximumLength = 1_000_000

    /// Refuses blocks over `maximumLength`, before any recogniser runs.
    static func checkLengths(_ blocks: [RawBlock]) throws(ExtractError) {
        if let long = blocks.first(where: { $0.text.utf8.count > maximumLength }) {
            throw .paragraphTooLong(bytes: long.text.utf8.count, limit: maximumLength)
        }
    }

    enum Kind: Sendable, Equatable {
        /// `<h1>`…`<h6>`.
        case heading(Int)
        /// `<p>`, an `<li>`, or a paragraph of plain text.
        case paragraph
        /// A bare text container (`<div>`, `<span>` …) in HTML.
        case line
    }

    var kind: Kind
    var text: String
    /// The number an `<ol>` gives its `<li>`; `nil` elsewhere.
    var listNumber: String?
    /// A later `<p>` inside a numbered `<li>`: belongs to that number but is not numbered itself.
    var listContinuation: Bool = false
    /// A list item of a format whose structure is explicit (Markdown): body text, whatever its words.
    var isListItem: Bool = false
    /// Share of the block's letters inside links (HTML): a menu or a related-links list is mostly links.
    var linkShare: Double = 0
    /// The element's class attribute, used only to recognise datelines.
    var cssClass: String?
}
