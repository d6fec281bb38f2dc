/// The characters that must never reach a terminal, a clipboard or a pager as they are, and
/// that stored text never keeps: the one classification behind `TerminalSafeText` (what is
/// shown) and `StoredText` (what is kept).
public enum UnsafeScalars {
    /// C0 controls (tab and newline included), DEL and the C1 controls U+0080–U+009F.
    @inline(__always)
    public static func isControl(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v <= 0x9F)
    }

    /// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
    /// reorder what follows them, so text can display differently from what it says.
    @inline(__always)
    public static func isBidiControl(_ v: UInt32) -> Bool {
        (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    /// Joiners, variation selectors and tags: format characters that belong inside a grapheme
    /// (emoji sequences, Indic conjuncts) and are kept.
    @inline(__always)
    public static func isJoinerOrSelector(_ v: UInt32) -> Bool {
        v == 0x200C || v == 0x200D || (v >= 0xFE00 && v <= 0xFE0F) || (v >= 0xE0100 && v <= 0xE01EF) || (v >= 0xE0020 && v <= 0xE007F)
    }

    /// Invisible format characters a terminal should not receive: bidi marks and controls,
    /// soft hyphen, zero-width space, byte-order mark… (general category Cf), except joiners.
    @inline(__always)
    public static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        guard v >= 0xAD else { return false }
        if isBidiControl(v) { return true }
        return scalar.properties.generalCategory == .format && !isJoinerOrSelector(v)
    }
}
