/// One meeting's part of a document: its headline, the header lines around it (datelines,
/// date-only lines) and its body blocks with their numbering.
struct DocumentSegment: Sendable, Equatable {
    struct Block: Sendable, Equatable {
        var number: String?
        var section: String?
        var text: String
    }

    var title: String
    /// Lines between headline and body that hold dates, places or symbols.
    var headerLines: [String]
    var blocks: [Block]
    /// The document's front matter; every segment of one document carries the same.
    var metadata = DocumentMetadata()
}
