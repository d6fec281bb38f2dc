import PlenaryModel
import SafeText

/// How to read a document.
public struct ExtractOptions: Sendable {
    /// Forces a format instead of detecting it.
    public var format: DocumentFormat?
    /// Keep what was found even when no meeting is recognised.
    public var force: Bool
    /// Date used with `force` when the text gives none (ISO day).
    public var fallbackDate: String
    /// Title used with `force` when the text gives none (usually the file name).
    public var fallbackTitle: String
    /// Recorded in `source.file` until the store assigns the kept copy's path.
    public var sourceName: String
    /// ISO 8601 timestamp written to `source.importedAt`.
    public var importedAt: String
    /// What the importer says the document does not (`--date`, `--body`, a `.meta.json`): put over
    /// the header found in the text, counted as found by the checks that refuse a document, and
    /// recorded in `source.overrides`.
    public var overrides = SourceOverrides()

    public init(
        format: DocumentFormat? = nil, force: Bool = false, fallbackDate: String = "1970-01-01",
        fallbackTitle: String = "Untitled", sourceName: String = "", importedAt: String = ""
    ) {
        self.format = format
        self.force = force
        self.fallbackDate = fallbackDate
        // Made from a file name, which may hold any byte but "/" and NUL.
        self.fallbackTitle = StoredText.cleanLine(fallbackTitle)
        self.sourceName = sourceName
        self.importedAt = importedAt
    }
}
