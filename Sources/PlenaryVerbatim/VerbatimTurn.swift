/// One speaker's turn in a verbatim record: the label and what follows it up to the next label.
public struct VerbatimTurn: Equatable, Sendable {
    public var label: SpeakerLabel
    /// The speech, with text displaced into the label put back in front.
    public var text: String

    public init(label: SpeakerLabel, text: String) {
        self.label = label
        self.text = text
    }
}
