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

    /// The summary cache as last written: the first frame of a 100,000-meeting store should
    /// not wait for every file to be stat'ed; `catalog()` follows with the verified list.
    public func quickCatalog() -> MeetingCatalog? {
        guard let listing = store.cachedSummaries() else { return nil }
        return MeetingCatalog(summaries: listing.summaries, problems: [])
    }

    public func meeting(id: String) throws -> Meeting {
        do {
            return try store.meeting(id: id)
        } catch {
            throw LoadFailure(message: error.description)
        }
    }
}
