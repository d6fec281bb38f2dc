import PlenaryModel
import PlenaryStore

/// The file store as a `MeetingSource`: the cached summaries for the list, one file read
/// when a meeting opens.
public struct StoreMeetingSource: MeetingSource {
    public let store: Store

    public init(store: Store) { self.store = store }

    public var name: String { store.root.lastPathComponent }

    public func catalog() -> MeetingCatalog {
        let listing = store.summaries()
        return MeetingCatalog(summaries: listing.summaries, problems: listing.problems.map(\.description))
    }

    public func meeting(id: String) throws -> Meeting {
        do {
            return try store.meeting(id: id)
        } catch {
            throw LoadFailure(message: error.description)
        }
    }
}
