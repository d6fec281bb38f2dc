import PlenaryModel

/// Two files holding one meeting: what `plenary check` reports as duplicates. Two records are
/// one meeting when they were extracted from the same source bytes but kept as two source
/// files (a document imported twice), or when they have the same date, body and document
/// symbol. Records of one document that holds several meetings share their source file and
/// are not duplicates.
public enum MeetingDuplicates {
    /// What identifies a meeting beyond its id.
    public struct Identity: Sendable, Equatable {
        public var sourceDigest: String?
        public var sourceFile: String?
        /// Date, body and symbol, when the record has a symbol.
        public var symbolKey: String?

        public init(_ meeting: Meeting) {
            sourceDigest = meeting.source.map(\.sha256).flatMap { $0.isEmpty ? nil : $0 }
            sourceFile = meeting.source?.file
            symbolKey = meeting.symbol.flatMap { $0.isEmpty ? nil : "\(meeting.date)\u{1F}\(meeting.body ?? "")\u{1F}\($0)" }
        }

        public init(sourceDigest: String?, sourceFile: String?, symbolKey: String?) {
            self.sourceDigest = sourceDigest
            self.sourceFile = sourceFile
            self.symbolKey = symbolKey
        }
    }

    /// One problem per file that repeats another, naming the one kept: the shorter path
    /// (`x.json` before its `x-2.json`), then the first in order.
    public static func find(_ records: [(path: String, identity: Identity)]) -> [StoreProblem] {
        let sorted = records.sorted {
            $0.path.utf8.count != $1.path.utf8.count ? $0.path.utf8.count < $1.path.utf8.count : $0.path < $1.path
        }
        var bySource: [String: (path: String, file: String?)] = [:]
        var bySymbol: [String: String] = [:]
        var problems: [StoreProblem] = []
        for (path, identity) in sorted {
            if let digest = identity.sourceDigest {
                if let first = bySource[digest], first.file != identity.sourceFile {
                    problems.append(
                        StoreProblem(
                            path: path, reason: "duplicate of \(first.path) (the same source document imported twice); delete one of them"))
                    continue
                }
                if bySource[digest] == nil { bySource[digest] = (path, identity.sourceFile) }
            }
            if let key = identity.symbolKey {
                if let first = bySymbol[key] {
                    problems.append(
                        StoreProblem(path: path, reason: "duplicate of \(first) (same date, body and symbol); delete one of them"))
                    continue
                }
                bySymbol[key] = path
            }
        }
        return problems
    }
}
