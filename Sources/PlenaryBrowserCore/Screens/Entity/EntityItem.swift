/// One row of a speaker, resolution, country, timeline or search screen: a heading (meeting
/// and date), a detail (paragraph, speaker, verb) and a passage of text, with where Enter goes.
public struct EntityItem: Equatable, Sendable {
    public var date: String
    public var heading: String
    public var detail: String
    public var text: String
    /// Spans of `text` to highlight (search matches), in Unicode scalars.
    public var highlights: [Range<Int>]
    public var open: OpenTarget?
    /// "Meeting title, date, ¶3" for yanking when the item stands for no paragraph.
    public var citation: String
    /// The paragraphs the item stands for: `y` and `e` take them whole.
    public var passage: PassageRef?

    public init(
        date: String, heading: String, detail: String = "", text: String = "", highlights: [Range<Int>] = [],
        open: OpenTarget?, citation: String = "", passage: PassageRef? = nil
    ) {
        self.date = date
        self.heading = heading
        self.detail = detail
        self.text = text
        self.highlights = highlights
        self.open = open
        self.citation = citation
        self.passage = passage
    }
}

/// Where Enter on an item leads.
public enum OpenTarget: Equatable, Sendable {
    /// A meeting, scrolled to a paragraph (its 1-based index) with `highlights` searched.
    case meeting(id: String, paragraph: Int?, highlights: [String])
    case link(LinkTarget)
}
