import PlenaryModel

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
