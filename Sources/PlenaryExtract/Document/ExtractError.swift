/// Why a document could not become a meeting. Each case reads as one line after the file name.
public enum ExtractError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(what: String)
    case tooLarge(bytes: Int, limit: Int)
    case notADocument(what: String)
    case unparsableHTML
    case noMeeting(reason: String)
    /// One paragraph (a line of a text file, a `<p>` of a page) over the length limit.
    case paragraphTooLong(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary(let what): return "binary data (\(what)), not a text or HTML document"
        case .tooLarge(let bytes, let limit):
            return "the file is \(bytes / (1 << 20)) MiB, over the \(limit / (1 << 20)) MiB limit"
        case .notADocument(let what): return "\(what), not a press release or communiqué"
        case .unparsableHTML: return "the HTML could not be parsed"
        case .noMeeting(let reason): return "no meeting recognised: \(reason) (use --force to keep what was found)"
        case .paragraphTooLong(let bytes, let limit):
            return "one paragraph runs \(bytes) bytes without a paragraph break, over the \(limit)-byte limit; not a document Plenary reads"
        }
    }
}
