/// One line of the help overlay: the keys, the action's name and what it does.
public struct HelpEntry: Equatable, Sendable {
    public var keys: String
    public var name: String
    public var summary: String

    public init(keys: String, name: String, summary: String) {
        self.keys = keys
        self.name = name
        self.summary = summary
    }
}
