/// What importing one document did to the store.
public enum ImportOutcome: Equatable, Sendable {
    /// New meetings were written (ids).
    case imported([String])
    /// The same source bytes were imported before; nothing was written (ids already there).
    case unchanged([String])
}
