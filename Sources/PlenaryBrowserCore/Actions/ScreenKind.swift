/// A kind of screen, for actions bound on some screens only and for the title bar. A struct
/// with named values rather than an enum, so that a new screen declares its kind in its own
/// folder (`extension ScreenKind { static let organisations = ScreenKind("organisations",
/// title: "Organisations") }`) instead of in a list here.
public struct ScreenKind: Hashable, Sendable, CustomStringConvertible {
    /// The name the keys document and `config.toml` readers see ("timeline").
    public let rawValue: String
    /// The name in the title bar.
    public let title: String

    public init(_ rawValue: String, title: String) {
        self.rawValue = rawValue
        self.title = title
    }

    public var description: String { rawValue }

    public static let meetings = ScreenKind("meetings", title: "Meetings")
    public static let meeting = ScreenKind("meeting", title: "Meeting")
    public static let speaker = ScreenKind("speaker", title: "Speaker")
    public static let resolution = ScreenKind("resolution", title: "Resolution")
    public static let country = ScreenKind("country", title: "Country")
    public static let timeline = ScreenKind("timeline", title: "Timeline")
    public static let comparison = ScreenKind("comparison", title: "Compare")
    public static let search = ScreenKind("search", title: "Search")

    /// The kinds of this file, in the order the keys document names them.
    public static let allCases: [ScreenKind] = [.meetings, .meeting, .speaker, .resolution, .country, .timeline, .comparison, .search]

    /// `kinds` in the keys document's order: the kinds above first, any declared elsewhere after them by name.
    public static func ordered(_ kinds: Set<ScreenKind>) -> [ScreenKind] {
        allCases.filter(kinds.contains) + kinds.subtracting(allCases).sorted { $0.rawValue < $1.rawValue }
    }

    /// Screens listing items (where `/` searches the whole store and `f` filters the list).
    public static let lists: Set<ScreenKind> = [.speaker, .resolution, .country, .timeline, .comparison]
}
