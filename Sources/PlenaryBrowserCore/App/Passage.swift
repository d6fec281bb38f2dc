/// What `y`, `Y` and `e` act on here.
enum Passage {
    /// Paragraphs of the meeting on screen (the cursor's).
    case open(MeetingDocument, paragraph: Int)
    /// Paragraphs of a meeting to read from the store.
    case stored(PassageRef)
    /// An item standing for no paragraph (a meeting of a timeline): its text and citation.
    case item(text: String, citation: String)
}
