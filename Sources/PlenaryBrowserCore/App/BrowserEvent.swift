import PlenaryModel
import TerminalUI

/// Everything that reaches the reducer: input, results of loads, timers.
public enum BrowserEvent: Equatable, Sendable {
    /// The runtime has drawn nothing yet and asks for the first effects.
    case started
    case key(KeyEvent)
    case action(Action)
    case resized(Size)
    case catalogLoaded(MeetingCatalog)
    case meetingLoaded(request: Int, Result<Meeting, LoadFailure>)
    /// The catalogue's entry for the Security Council record being loaded (sent before the record).
    case councilRecordLoaded(request: Int, CouncilRecord)
    /// A status line about an effect the runtime ran (a passage copied, or why not).
    case status(StatusMessage)
    case timer(TimerID)
    case pageLoaded(request: Int, Result<EntityPage, LoadFailure>)
    /// A page of search results for the query typed at `generation`.
    case searchLoaded(generation: Int, Result<SearchOutcome, LoadFailure>)
    /// The same query's page ranked over more matches, when the first page ranked only the
    /// newest of them; it replaces the first page, the selected result kept.
    case searchRefined(generation: Int, SearchOutcome)
    case searchFacets(generation: Int, FacetCounts)
    /// The marks kept from earlier runs (or why they could not be read).
    case marksLoaded(Result<[String: Mark], LoadFailure>)
    /// The pager has returned; the reason when it could not run.
    case pagerFinished(LoadFailure?)
    /// Something the user must know from the start (a bad configuration line).
    case notice(String)
    /// A load has been running this long; shown on the progress line.
    case loading(elapsedMilliseconds: Int)
}
