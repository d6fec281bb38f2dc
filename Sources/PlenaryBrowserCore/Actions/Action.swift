import TerminalUI

/// Everything the user can ask of the browser. Keys, the `:` prompt and the help overlay
/// all reach these through the `ActionTable`.
public enum Action: Equatable, Hashable, Sendable {
    case quit
    case back
    case open
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case goto(Int)
    case filter
    case searchForward, searchBackward, nextMatch, previousMatch
    case nextLink, previousLink
    /// `}` and `{`: the next or previous speaker's turn in a meeting.
    case nextTurn, previousTurn
    case clear
    case commandPrompt
    case help
    case redraw
    case historyBack, historyForward
    case openSearch
    case timeline
    /// The meeting against its body's previous meeting.
    case compare
    case setMark, jumpToMark
    case yank, yankMarkdown
    case openInPager
    /// Ctrl-Z: stop Plenary and give the terminal back to the shell until `fg`.
    case suspend
    /// `:speaker`, `:resolution`, `:country`: a linked screen by name.
    case show(LinkTarget)
}

extension Action {
    /// The list movement an action stands for, the same on every list-like screen.
    var movement: ListViewport.Movement? {
        switch self {
        case .moveDown: return .down
        case .moveUp: return .up
        case .pageDown: return .pageDown
        case .pageUp: return .pageUp
        case .top: return .first
        case .bottom: return .last
        default: return nil
        }
    }
}
