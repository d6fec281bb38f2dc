import PlenaryModel

/// Where the browser reads meetings from. The store in the program, a fixed list in tests.
/// Both calls may be slow and run off the input path.
public protocol MeetingSource: Sendable {
    /// A short name for the title bar (the store's folder).
    var name: String { get }
    func catalog() -> MeetingCatalog
    func meeting(id: String) throws -> Meeting
}

/// Meetings held in memory: for tests and benchmarks.
public struct InMemoryMeetingSource: MeetingSource {
    public let name: String
    public let meetings: [Meeting]

    public init(name: String = "memory", meetings: [Meeting]) {
        self.name = name
        self.meetings = meetings
    }

    public func catalog() -> MeetingCatalog { MeetingCatalog(summaries: meetings.map(MeetingSummary.init)) }

    public func meeting(id: String) throws -> Meeting {
        guard let meeting = meetings.first(where: { $0.id == id }) else { throw LoadFailure(message: "no meeting with id \(id)") }
        return meeting
    }
}

/// A load that failed, with its one-line message.
public struct LoadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
