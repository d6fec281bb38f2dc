import Foundation
import PlenaryModel

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
        self.init(terms: [query], backward: backward, document: document)
    }

    /// Every match of any of `terms` (the words a store search matched), in reading order;
    /// where two overlap the earlier one is kept.
    public init(terms: [String], backward: Bool, document: MeetingDocument) {
        self.query = terms.joined(separator: " · ")
        self.backward = backward
        self.current = nil
        var found: [Match] = []
        for (b, block) in document.blocks.enumerated() where !block.text.isEmpty {
            var inBlock: [Match] = []
            let text = block.text
            for term in terms where !term.isEmpty {
                var from = text.startIndex
                while from < text.endIndex,
                    let r = text.range(of: term, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex)
                {
                    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
                    let length = text.unicodeScalars.distance(from: r.lowerBound, to: r.upperBound)
                    inBlock.append(Match(block: b, range: start..<(start + length)))
                    from = r.upperBound > r.lowerBound ? r.upperBound : text.index(after: r.lowerBound)
                }
            }
            inBlock.sort {
                $0.range.lowerBound != $1.range.lowerBound
                    ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound > $1.range.upperBound
            }
            for match in inBlock where !(found.last.map { $0.block == b && $0.range.upperBound > match.range.lowerBound } ?? false) {
                found.append(match)
            }
        }
        matches = found
    }

    /// "3/17", or "no match".
    public var counter: String {
        guard !matches.isEmpty else { return "no match" }
        guard let current else { return Plural.count(matches.count, "match", "matches") }
        return "\(current + 1)/\(matches.count)"
    }
}
