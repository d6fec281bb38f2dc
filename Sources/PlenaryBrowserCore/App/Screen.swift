/// One screen of the navigation stack with everything needed to show it again as it was.
/// Each case is a screen's registration; everything else about a screen is reached
/// through `ScreenModel`.
public enum Screen: Equatable, Sendable {
    case meetings(MeetingsScreen)
    case meeting(MeetingScreen)
    /// A speaker, resolution, country or timeline.
    case entity(EntityScreen)
    case search(SearchScreen)

    /// The screen's own value, to route to. Every case carries exactly one `ScreenModel`, so
    /// it is read as the case's payload rather than by a switch that each new screen would
    /// have to extend: a screen's case above is its whole registration. `ScreenTests` checks
    /// that each case hands back a model that rebuilds the same case.
    var model: any ScreenModel {
        guard let payload = Mirror(reflecting: self).children.first?.value as? any ScreenModel else {
            preconditionFailure("a case of Screen without a ScreenModel payload")
        }
        return payload
    }

    public var kind: ScreenKind { model.kind }
}
