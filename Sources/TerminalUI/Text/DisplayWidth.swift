import SafeText

/// The one measure of how many terminal columns text takes, grapheme by grapheme.
///
/// CJK and emoji take two columns; combining marks, joiners and variation selectors none;
/// control characters are never drawn raw: C0 controls become their Control Pictures
/// (`ESC` shows as `␛`), C1 controls `�`, and invisible format characters such as bidi
/// overrides are dropped, so text from documents can never move the cursor, change
/// colours or reorder the screen.
public enum DisplayWidth {
    /// Columns taken by `text` once made visible.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += visible(character).width }
        return total
    }

    /// Columns taken by one grapheme cluster.
    public static func of(_ character: Character) -> Int { visible(character).width }

    /// The printable form of a grapheme cluster and its width in columns.
    public static func visible(_ character: Character) -> (text: String, width: Int) {
        if let ascii = character.asciiValue, ascii >= 0x20 && ascii < 0x7F { return (String(character), 1) }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return ("", 0) }
        // The one sanitiser's rule (SafeText): controls as visible symbols, C1 as �, bidi
        // overrides and other invisible format characters dropped. "\r\n" is one cluster.
        if let replacement = TerminalSafeText.replacement(for: first) {
            return (replacement, replacement.isEmpty ? 0 : 1)
        }
        let category = first.properties.generalCategory
        if category == .control || category == .surrogate { return ("\u{FFFD}", 1) }

        // Keep joiners and selectors inside a cluster, drop other format characters.
        var text = character.unicodeScalars.count == 1 ? String(character) : ""
        if text.isEmpty {
            var kept = String.UnicodeScalarView()
            for scalar in scalars {
                let v = scalar.value
                if UnsafeScalars.isControl(v) || UnsafeScalars.isInvisibleFormat(scalar) { continue }
                kept.append(scalar)
            }
            text = String(kept)
        }
        return (text, width(first: first, in: scalars))
    }

    /// `text` made safe to print: every cluster in its visible form.
    public static func sanitize<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text { out += visible(character).text }
        return out
    }

    /// `text` cut to at most `width` columns; when cut, the last column shows `ellipsis`.
    /// Never splits a grapheme cluster and never leaves half a wide character.
    public static func truncate<S: StringProtocol>(_ text: S, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return String(text) }
        let ellipsisWidth = of(ellipsis)
        let room = max(0, width - ellipsisWidth)
        var out = ""
        var used = 0
        for character in text {
            let w = visible(character).width
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return ellipsisWidth <= width ? out + ellipsis : out
    }

    /// `text` truncated or padded with spaces to exactly `width` columns.
    public static func fit<S: StringProtocol>(_ text: S, to width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let w = of(cut)
        return w < width ? cut + String(repeating: " ", count: width - w) : cut
    }

    // MARK: Tables

    private static func width(first: Unicode.Scalar, in scalars: Character.UnicodeScalarView) -> Int {
        let v = first.value
        let properties = first.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        if v >= 0x1160 && v <= 0x11FF { return 0 }  // Hangul medial vowels
        if isWide(v) || properties.isEmojiPresentation { return 2 }
        if properties.isEmoji && scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth ranges (UAX #11), the ideographic planes included.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        guard v >= 0x1100 else { return false }
        for range in wideRanges {
            if v < range.lowerBound { return false }
            if v <= range.upperBound { return true }
        }
        return false
    }
}
