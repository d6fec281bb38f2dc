import Foundation
import PlenaryExtract
import PlenaryModel

/// How to import a batch: what the command line says, in one value.
public struct ImportOptions: Sendable {
    /// Read every file as this format instead of detecting it.
    public var format: DocumentFormat?
    /// Keep what was found even when no meeting is recognised.
    public var force = false
    /// What the flags say the documents do not (`--date`, `--title`, `--org`, `--body`, `--location`).
    public var overrides = SourceOverrides()
    /// The store's catalogue, which dates verbatim records that print no date.
    public var catalog = Catalog()
    /// Command-line paths that are not UTF-8, as Swift decoded them → as they are shown (`\xFF`).
    public var undecodablePaths: [String: String] = [:]
    /// When the import runs (ISO 8601), recorded in each source.
    public var now: String

    public init(now: String = ISO8601DateFormatter().string(from: Date())) {
        self.now = now
    }

    /// The day of `now`, standing in for a date a forced document does not give.
    var today: String { String(now.prefix(10)) }
}
