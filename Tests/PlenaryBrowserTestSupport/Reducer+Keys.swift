import PlenaryBrowser
import TerminalUI

/// Key presses sent to the reducer as the runtime would send them, one event per key. Kept
/// apart from PlenaryTestSupport so store, extraction and search tests don't build the browser.
extension Reducer {
    /// Sends each key in turn and returns every effect, in order.
    @discardableResult
    public func press(_ state: inout AppState, _ keys: KeyEvent...) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }

    /// Types `text` one character at a time, as into a prompt.
    @discardableResult
    public func type(_ state: inout AppState, _ text: String) -> [Effect] {
        text.flatMap { reduce(&state, .key(.char($0))) }
    }
}
