import TerminalUI

/// Whether keys go to the screen or to a prompt being typed.
public enum InputMode: Equatable, Sendable {
    case normal
    case prompt(PromptPurpose, Prompt)
    /// `m` or `'` was pressed: the next letter names the mark.
    case mark(set: Bool)
}
