/// What the person importing a document said about it because the document does not say it
/// (`plenary import --date --title --org --body --location`, or `<file>.meta.json`). Kept in
/// the record's `source.overrides` so a reader can tell the text's facts from the importer's.
/// Only the keys that were given are written.
public struct SourceOverrides: Codable, Equatable, Sendable {
    /// ISO day (`YYYY-MM-DD`).
    public var date: String?
    public var title: String?
    public var organization: String?
    public var body: String?
    public var location: String?

    public init(date: String? = nil, title: String? = nil, organization: String? = nil, body: String? = nil, location: String? = nil) {
        self.date = date
        self.title = title
        self.organization = organization
        self.body = body
        self.location = location
    }

    public var isEmpty: Bool { self == SourceOverrides() }

    /// `other`'s values where it has them, else these: a meta file beside a document over the batch's flags.
    public func overlaid(by other: SourceOverrides) -> SourceOverrides {
        SourceOverrides(
            date: other.date ?? date, title: other.title ?? title, organization: other.organization ?? organization,
            body: other.body ?? body, location: other.location ?? location)
    }
}
