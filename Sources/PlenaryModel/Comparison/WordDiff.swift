/// One run of a word diff: words both texts share, or words only the old or the new one has.
public struct DiffPiece: Codable, Equatable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case same, removed, added
    }

    public var kind: Kind
    /// The run's words, separated by single spaces.
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// Word-level differences between two paragraphs, the way `git diff --word-diff` shows them:
/// a longest common subsequence of their words (split on white space, punctuation kept on
/// its word, case kept: "Condemns" → "condemns" is a change of language).
public enum WordDiff {
    /// Above this many cells the middle (after the common start and end) is taken as replaced
    /// whole: two paragraphs so long and so different are not worth a word-by-word reading.
    static let cellLimit = 4_000_000

    public static func pieces(from old: String, to new: String) -> [DiffPiece] {
        pieces(from: words(old), to: words(new))
    }

    /// The pieces as one line with `[-removed-]` and `{+added+}` marks (git's plain word diff),
    /// and where the marked runs are (Unicode scalar offsets), for highlighting them.
    public static func marked(_ pieces: [DiffPiece]) -> (text: String, changes: [Range<Int>]) {
        var text = ""
        var length = 0
        var changes: [Range<Int>] = []
        for piece in pieces {
            if !text.isEmpty { text += " "; length += 1 }
            let run: String
            switch piece.kind {
            case .same: run = piece.text
            case .removed: run = "[-" + piece.text + "-]"
            case .added: run = "{+" + piece.text + "+}"
            }
            let count = run.unicodeScalars.count
            if piece.kind != .same { changes.append(length..<(length + count)) }
            text += run
            length += count
        }
        return (text, changes)
    }

    public static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" })
    }

    static func pieces(from a: [Substring], to b: [Substring]) -> [DiffPiece] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let oldMiddle = Array(a[prefix..<(a.count - suffix)])
        let newMiddle = Array(b[prefix..<(b.count - suffix)])

        var runs: [(DiffPiece.Kind, Substring)] = a[0..<prefix].map { (.same, $0) }
        if oldMiddle.count * newMiddle.count > cellLimit {
            runs += oldMiddle.map { (.removed, $0) } + newMiddle.map { (.added, $0) }
        } else {
            runs += commonSubsequenceRuns(oldMiddle, newMiddle)
        }
        runs += a[(a.count - suffix)...].map { (.same, $0) }
        return merge(runs)
    }

    /// The classic dynamic programme, walked from the start so that removals come before
    /// additions within a changed stretch.
    static func commonSubsequenceRuns(_ a: [Substring], _ b: [Substring]) -> [(DiffPiece.Kind, Substring)] {
        let n = a.count, m = b.count
        if n == 0 { return b.map { (.added, $0) } }
        if m == 0 { return a.map { (.removed, $0) } }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] =
                    a[i] == b[j]
                    ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var runs: [(DiffPiece.Kind, Substring)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                runs.append((.same, a[i])); i += 1; j += 1
            } else if j == m || (i < n && lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1]) {
                runs.append((.removed, a[i])); i += 1
            } else {
                runs.append((.added, b[j])); j += 1
            }
        }
        return runs
    }

    /// Consecutive words of one kind become one piece; within a changed stretch every removal
    /// is shown before every addition.
    static func merge(_ runs: [(DiffPiece.Kind, Substring)]) -> [DiffPiece] {
        var pieces: [DiffPiece] = []
        var removed: [Substring] = [], added: [Substring] = [], same: [Substring] = []
        func flushChange() {
            if !removed.isEmpty { pieces.append(DiffPiece(.removed, removed.joined(separator: " "))) }
            if !added.isEmpty { pieces.append(DiffPiece(.added, added.joined(separator: " "))) }
            removed = []; added = []
        }
        func flushSame() {
            if !same.isEmpty { pieces.append(DiffPiece(.same, same.joined(separator: " "))) }
            same = []
        }
        for (kind, word) in runs {
            switch kind {
            case .same:
                flushChange()
                same.append(word)
            case .removed:
                flushSame()
                removed.append(word)
            case .added:
                flushSame()
                added.append(word)
            }
        }
        flushSame()
        flushChange()
        return pieces
    }
}
