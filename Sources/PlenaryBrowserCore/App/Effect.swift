/// What the reducer asks the runtime to do: effects are values, so tests can see them.
public enum Effect: Equatable, Sendable {
    case loadCatalog
    case loadMeeting(id: String, request: Int)
    case startTimer(TimerID, milliseconds: Int)
    /// Repaint the whole screen, not just what changed.
    case repaint
    case quit
    /// Build the page of a speaker, resolution, country or timeline.
    case loadPage(LinkTarget, request: Int)
    /// Run a search of the whole store, cancelling the one running.
    case search(query: String, generation: Int)
    /// Rank the query over more matches, when its first page ranked only the newest of them
    /// (or none); answered by `searchRefined`, cancelled with the search.
    case refineSearch(query: String, generation: Int)
    /// Count the query's matches by year and organisation (a pass over every match, after
    /// the page); answered by `searchFacets`, cancelled with the search.
    case countMatches(query: String, generation: Int)
    /// Stop the running search (the prompt was left).
    case cancelSearch
    /// Put text on the clipboard (OSC 52).
    case copy(String)
    /// Show text in `$PAGER` (or `less`), the screen given back meanwhile; opened at `line`
    /// (1-based) by pagers that take `+N`.
    case showInPager(String, line: Int?)
    /// Copy paragraphs of a meeting, read whole from the record, with their citation.
    case copyPassage(PassageRef, markdown: Bool)
    /// Show paragraphs of a meeting, read whole from the record, in the pager.
    case pagePassage(PassageRef)
    /// Write the marks to the store's `.plenary/marks.json`.
    case saveMarks([String: Mark])
    /// Stop the process as the shell's job control does (Ctrl-Z), the terminal restored
    /// meanwhile; the screen is repainted on `fg`.
    case suspendToShell
}
