import TerminalUI

/// One row of the action table: the name used by `:` and the configuration, what it does,
/// its default keys and where it applies.
public struct ActionSpec: Sendable {
    public var name: String
    public var summary: String
    public var keys: [KeyEvent]
    /// `nil`: every screen; otherwise only these (their bindings win over global ones).
    public var screens: Set<ScreenKind>?
    /// Shown in help when the action takes an argument, e.g. `N`.
    public var argument: String?
    /// Builds the action from the prompt's argument (`nil` when none was given).
    public var make: @Sendable (String?) -> Action?

    public init(_ name: String, _ summary: String, keys: [String], screens: Set<ScreenKind>? = nil,
                argument: String? = nil, make: @escaping @Sendable (String?) -> Action?) {
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
}
