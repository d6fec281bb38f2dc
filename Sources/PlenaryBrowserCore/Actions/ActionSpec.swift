import TerminalUI

/// One row of the action table: the name used by `:` and the configuration, what it does,
/// its default keys and where it applies.
public struct ActionSpec: Sendable {
    public var name: String
    /// What it does; `{key}` stands for the action's own key (see `summary(naming:)`).
    public var summary: String
    public var keys: [KeyEvent]
    /// `nil`: every screen; otherwise only these (their bindings win over global ones).
    public var screens: Set<ScreenKind>?
    /// Shown in help when the action takes an argument, e.g. `N`.
    public var argument: String?
    /// Builds the action from the prompt's argument (`nil` when none was given).
    public var make: @Sendable (String?) -> Action?

    public init(
        _ name: String, _ summary: String, keys: [String], screens: Set<ScreenKind>? = nil,
        argument: String? = nil, make: @escaping @Sendable (String?) -> Action?
    ) {
        self.name = name
        self.summary = summary
        self.keys = keys.compactMap { KeyEvent(notation: $0) }
        precondition(self.keys.count == keys.count, "bad key notation in the action table: \(keys)")
        self.screens = screens
        self.argument = argument
        self.make = make
    }

    /// An action without argument.
    public init(_ name: String, _ summary: String, keys: [String], screens: Set<ScreenKind>? = nil, action: Action) {
        self.init(name, summary, keys: keys, screens: screens) { argument in argument == nil ? action : nil }
    }

    public func applies(to screen: ScreenKind) -> Bool { screens?.contains(screen) ?? true }

    /// The summary with `{key}` replaced by `key`. A summary that tells the user to press the
    /// action's own key again ("m then a letter") writes `{key}`, so the help and docs/keys.md
    /// name the key the table binds, not the default.
    public func summary(naming key: String) -> String {
        summary.replacingOccurrences(of: "{key}", with: key)
    }
}
