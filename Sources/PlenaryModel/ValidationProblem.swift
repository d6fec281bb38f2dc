/// One thing wrong with a record, named by its field path (`paragraphs[3].citations[0].end`).
public struct ValidationProblem: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
