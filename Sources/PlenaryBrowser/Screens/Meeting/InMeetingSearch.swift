import Foundation

/// A search within one meeting: every match of the query in the document's blocks, and
/// the one the user is on ("3/17").
public struct InMeetingSearch: Equatable, Sendable {
    public struct Match: Equatable, Sendable {
        public var block: Int
        /// Scalar offsets within the block's text.
        public var range: Range<Int>
    }

    public var query: String
    public var backward: Bool
    public var matches: [Match]
    public var current: Int?

    /// Case- and diacritic-insensitive, like the filters: "cease-fire" needs its hyphen,
    /// "ceasefire" matches "Ceasefire" and "CEASEFIRE".
    public init(query: String, backward: Bool, document: MeetingDocument) {
        self.query = query
        self.backward = backward
        self.current = nil
        var found: [Match] = []
        if !query.isEmpty {
            for (b, block) in document.blocks.enumerated() where !block.text.isEmpty {
                let text = block.text
                var from = text.startIndex
                while from < text.endIndex,
                      let r = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex) {
                    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
                    let length = text.unicodeScalars.distance(from: r.lowerBound, to: r.upperBound)
                    found.append(Match(block: b, range: start..<(start + length)))
                    from = r.upperBound > r.lowerBound ? r.upperBound : text.index(after: r.lowerBound)
                }
            }
        }
        matches = found
    }

    /// "3/17", or "no match".
    public var counter: String {
        guard !matches.isEmpty else { return "no match" }
        guard let current else { return "\(matches.count) matches" }
        return "\(current + 1)/\(matches.count)"
    }
}
