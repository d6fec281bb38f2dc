/// A document's text after decoding and cleaning, with the encoding it was read in.
public struct DecodedDocument: Sendable, Equatable {
    public var text: String
    /// `utf-8`, `utf-16` or `windows-1252` (as recorded in `source.encoding`).
    public var encoding: String
}
