import PlenaryModel

/// Where the browser reads meetings from. The store in the program, a fixed list in tests.
/// Both calls may be slow and run off the input path.
public protocol MeetingSource: Sendable {
    /// A short name for the title bar (the store's folder).
    var name: String { get }
    func catalog() -> MeetingCatalog
    /// A possibly stale catalogue that is quick to read, shown until `catalog()` arrives.
    func quickCatalog() -> MeetingCatalog?
    func meeting(id: String) throws -> Meeting
}

extension MeetingSource {
    public func quickCatalog() -> MeetingCatalog? { nil }
}
