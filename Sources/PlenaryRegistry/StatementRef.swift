/// One statement of a person, located in its meeting.
public struct StatementRef: Codable, Equatable, Sendable {
    public var meetingID: String
    public var date: String
    public var meetingTitle: String
    public var symbol: String?
    /// The person's id inside the meeting record.
    public var localSpeaker: String
    public var paragraphs: [Int]
    public var attribution: String?
    public var language: String?
    public var preview: String

    public init(
        meetingID: String, date: String, meetingTitle: String, symbol: String?, localSpeaker: String, paragraphs: [Int],
        attribution: String?, language: String?, preview: String
    ) {
        self.meetingID = meetingID
        self.date = date
        self.meetingTitle = meetingTitle
        self.symbol = symbol
        self.localSpeaker = localSpeaker
        self.paragraphs = paragraphs
        self.attribution = attribution
        self.language = language
        self.preview = preview
    }

}
