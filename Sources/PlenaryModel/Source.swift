/// Where a meeting came from: the imported document kept byte for byte in the store.
public struct Source: Codable, Equatable, Sendable {
    /// Path of the kept document relative to the store, e.g. `sources/2017/<id>.txt`.
    public var file: String
    /// SHA-256 of the original bytes, lowercase hex; makes re-imports no-ops.
    public var sha256: String
    /// `text`, `html` or `verbatim`.
    public var format: String
    /// `utf-8`, `utf-16` or `windows-1252`.
    public var encoding: String
    public var url: String?
    /// ISO 8601 timestamp of the import.
    public var importedAt: String
    /// Version of the extractor that produced the record.
    public var extractor: String
    /// What the importer supplied because the document does not say it; absent when nothing was.
    public var overrides: SourceOverrides?

    public init(
        file: String, sha256: String, format: String, encoding: String,
        url: String? = nil, importedAt: String, extractor: String, overrides: SourceOverrides? = nil
    ) {
        self.file = file
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.url = url
        self.importedAt = importedAt
        self.extractor = extractor
        self.overrides = overrides
    }

    enum CodingKeys: String, CodingKey { case file, sha256, format, encoding, url, importedAt, extractor, overrides }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(format, forKey: .format)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(url, forKey: .url)
        try c.encode(importedAt, forKey: .importedAt)
        try c.encode(extractor, forKey: .extractor)
        // Written only when present, so records imported without overrides keep their shape.
        if let overrides, !overrides.isEmpty { try c.encode(overrides, forKey: .overrides) }
    }
}
