import PlenaryModel

/// What a screen asks of the reducer after it has changed itself: the screen is written
/// back first and the outcome applied after, in one place (`Reducer.apply`), so a screen
/// pushed by an outcome can never be overwritten by the screen that asked for it.
/// As a Bubble Tea sub-model returns `(model, cmd)`.
indirect enum ScreenOutcome: Equatable, Sendable {
    case nothing
    /// Effects for the runtime.
    case effects([Effect])
    /// The status line; `nil` clears it.
    case message(StatusMessage?)
    /// Open a prompt with `text` already typed.
    case prompt(PromptPurpose, text: String)
    /// Open the screen of a speaker, resolution, country or timeline.
    case follow(LinkTarget)
    /// Open what a list item stands for.
    case open(EntityItem)
    /// Open a meeting from the list.
    case openMeeting(MeetingSummary)
    /// Push a screen that needs no load of its own, with effects.
    case push(Screen, [Effect])
    /// This screen cannot be shown and is taken away (no dead end), saying why.
    case drop(StatusMessage)
    /// Run these actions as if their keys were pressed (a click, the wheel).
    case perform([Action])
    /// Several of the above, in order.
    case all([ScreenOutcome])
    /// Not the screen's to handle: the reducer's shared handling takes it.
    case unhandled
}
