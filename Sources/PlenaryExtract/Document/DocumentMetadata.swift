/// What a document says about itself outside its body: Markdown/YAML front matter or a saved
/// page's meta tags. The extractor uses it for the publication date ("yesterday" resolves
/// against it) and for authors that the body does not name.
public struct DocumentMetadata: Sendable, Equatable {
    /// The front-matter `title:`, decoded as YAML.
    public var title: String?
    /// ISO `yyyy-MM-dd` from front-matter `date:` or `published_time`.
    public var published: String?
    /// Front-matter `source_url:`.
    public var sourceURL: String?
    /// Front-matter `creators:` list (or `author:`), in order.
    public var creators: [String]
    /// Front-matter `source:` (the publishing site or office).
    public var publisher: String?

    public init(title: String? = nil, published: String? = nil, sourceURL: String? = nil, creators: [String] = [], publisher: String? = nil)
    {
        self.title = title
        self.published = published
        self.sourceURL = sourceURL
        self.creators = creators
        self.publisher = publisher
    }

    public var isEmpty: Bool { self == DocumentMetadata() }
}
