import PlenaryModel
import TerminalUI

/// The whole state of the browser as one value: what the reducer changes and the renderer
/// draws. Nothing in here performs I/O.
public struct AppState: Equatable, Sendable {
    /// Below this the screens cannot be laid out; a notice is shown instead.
    public static let minimumSize = Size(width: 30, height: 8)

    public var size: Size
    /// The store's name, for the title bar.
    public var sourceName: String
    public var catalog: Loading<MeetingCatalog>
    /// The navigation stack; the last screen is the one shown. Never empty.
    public var stack: [Screen]
    public var input: InputMode
    public var message: StatusMessage?
    /// Scroll offset of the help overlay, `nil` when it is closed.
    public var helpOffset: Int?
    /// Earlier entries of each prompt, for Up and Down.
    public var promptHistory: [PromptPurpose: [String]]
    /// Numbers background loads so a late answer for an abandoned request is ignored.
    public var nextRequest: Int
    public var shouldQuit: Bool
    /// Screens left by going back, newest last; `]` returns to them, opening a new screen drops them.
    public var forward: [Screen]
    /// Marks by letter, kept in the store between runs.
    public var marks: [String: Mark]
    /// Block characters for bars; ASCII in the monochrome theme.
    public var unicodeBars: Bool
    /// How long the running load has taken, once it is long enough to mention.
    public var loadingFor: Int?
    /// State names for codes, and codes for names (`:country Azerbaijan`).
    public var countries: CountryNames
    /// How wide meeting text is set on a wide terminal.
    public var measure: ReadingMeasure

    public init(size: Size, sourceName: String) {
        self.size = size
        self.sourceName = sourceName
        self.catalog = .loading
        self.stack = [.meetings(MeetingsScreen())]
        self.input = .normal
        self.message = nil
        self.helpOffset = nil
        self.promptHistory = [:]
        self.nextRequest = 1
        self.shouldQuit = false
        self.forward = []
        self.marks = [:]
        self.unicodeBars = true
        self.loadingFor = nil
        self.countries = CountryNames()
        self.measure = ReadingMeasure()
    }

    public var screen: Screen {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    public var screenKind: ScreenKind { screen.kind }

    /// The title, body and status rows at the current size: what screens draw into and
    /// what mouse clicks are judged against.
    public var areas: ScreenAreas { ScreenAreas(size) }

    /// Rows available to a screen's content: all but the title bar and the status line.
    public var contentHeight: Int { areas.body.height }
}
