import TerminalUI

/// What a screen may read while it draws: the whole state, where to draw, and the
/// renderer's helpers for key hints (names from the action table).
struct RenderContext {
    let state: AppState
    let areas: ScreenAreas
    let renderer: Renderer

    var actions: ActionTable { renderer.actions }

    /// "Enter open · f filter · …" with the keys bound on `screen`.
    func footer(_ hints: [Renderer.Hint], on screen: ScreenKind) -> String { renderer.footer(hints, on: screen) }

    /// What takes the filter away, for the note when a filter hides everything.
    var clearKey: String { renderer.clearKey(state) }

    /// " 1.4 s" once a load has taken half a second.
    var elapsed: String { renderer.elapsed(state) }
}
