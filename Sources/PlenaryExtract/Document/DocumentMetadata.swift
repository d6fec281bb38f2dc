/// What a document says about itself outside its body: Markdown front matter (title, date,
/// source URL, creators, publisher). The publication date anchors "today" and "yesterday";
/// the source URL names the publishing government.
struct DocumentMetadata: Sendable, Equatable {
    var title: String?
    /// ISO `yyyy-MM-dd`, from front matter `date:` or `published_time:`.
    var published: String?
    var sourceURL: String?
    var creators: [String] = []
    /// Front matter `source:` (an office such as "PRIME MINISTER").
    var publisher: String?
}
