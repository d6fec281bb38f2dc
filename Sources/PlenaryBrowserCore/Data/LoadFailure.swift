/// A load that failed, with its one-line message.
public struct LoadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
