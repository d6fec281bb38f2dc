import PlenaryModel
import PlenaryStore

/// What the importer did with each file, as it happens, for the command to print: the library
/// never writes to a terminal. Paths and reasons are raw text; whoever shows them sanitises.
public enum ImportEvent: Sendable {
    /// Files left out by name because they are not documents (README, LICENSE, truth and meta files).
    case skipped([String])
    /// A gazetteer that could not be loaded: the extractor runs but finds no states or organisations.
    case gazetteerProblem(String)
    /// About to read file `number` (1-based) of `total`.
    case reading(number: Int, total: Int, path: String)
    case failed(path: String, reason: String)
    case imported(path: String, meetingIDs: [String])
    case unchanged(path: String, meetingIDs: [String])
    /// A dry run's meetings of one file; `verbatim` for a record of speaker turns.
    case extracted(path: String, meetings: [Meeting], verbatim: Bool)
    /// A resolution's text, kept in the catalogue; `saved` is `nil` in a dry run, which only recognises it.
    case resolutionText(path: String, text: ResolutionDocument, saved: ResolutionTextOutcome?)
}
