import TerminalUI

/// What every screen of the stack does for itself, as tig's views each handle their own
/// requests and fall through to a shared handler: the reducer routes an action, a prompt
/// edit, a load or a click to the screen it concerns and applies the `ScreenOutcome` it
/// returns. A new screen is a type conforming to this in its folder plus one case in
/// `Screen`.
protocol ScreenModel: Sendable {
    var kind: ScreenKind { get }
    /// This screen as a case of the navigation stack.
    var screen: Screen { get }

    /// An action of the table while this screen is shown; `.unhandled` leaves it to the
    /// shared handling.
    mutating func update(_ action: Action, context: ScreenContext) -> ScreenOutcome
    /// The prompt this screen opened was edited, submitted (already remembered) or left
    /// (the input back to normal for both).
    mutating func prompt(_ purpose: PromptPurpose, _ prompt: Prompt, _ outcome: Prompt.Outcome, context: ScreenContext) -> ScreenOutcome
    /// A load or timer answered; every screen of the history hears it and takes what is its own.
    mutating func receive(_ event: BrowserEvent, context: ScreenContext) -> ScreenOutcome
    /// A click on screen row `y`.
    mutating func click(y: Int, context: ScreenContext) -> ScreenOutcome
    /// The mouse wheel, three lines a notch.
    mutating func wheel(down: Bool, context: ScreenContext) -> ScreenOutcome
    /// After a resize or a return to this screen: keep the selection visible.
    mutating func settle(context: ScreenContext)

    /// The place shown, for a mark.
    func place(_ areas: ScreenAreas) -> Mark?
    /// What `y`, `Y` and `e` act on.
    func passage(_ areas: ScreenAreas) -> Passage?
    /// Draws the body; returns the words for the title and status rows.
    func draw(into grid: inout Grid, context: RenderContext) -> ScreenDrawing
    /// Why what is typed in the prompt this screen opened cannot run, shown beside it.
    func problem(typing prompt: Prompt, for purpose: PromptPurpose) -> String?
}

extension ScreenModel {
    mutating func prompt(_ purpose: PromptPurpose, _ prompt: Prompt, _ outcome: Prompt.Outcome, context: ScreenContext) -> ScreenOutcome {
        .nothing
    }

    mutating func receive(_ event: BrowserEvent, context: ScreenContext) -> ScreenOutcome { .nothing }

    mutating func click(y: Int, context: ScreenContext) -> ScreenOutcome { .nothing }

    /// A list moves its selection by three rows.
    mutating func wheel(down: Bool, context: ScreenContext) -> ScreenOutcome {
        .perform(Array(repeating: down ? .moveDown : .moveUp, count: 3))
    }

    mutating func settle(context: ScreenContext) {}

    func place(_ areas: ScreenAreas) -> Mark? { nil }

    func passage(_ areas: ScreenAreas) -> Passage? { nil }

    func problem(typing prompt: Prompt, for purpose: PromptPurpose) -> String? { nil }
}
