/// What the Security Council catalogue says about a verbatim record, shown in the meeting's
/// header: the agenda items, what was adopted and with what vote, and the press release.
public struct CouncilRecord: Equatable, Sendable {
    public struct Outcome: Equatable, Sendable {
        /// Canonical symbol: `S/RES/2542 (2020)`, `S/PRST/2020/1`.
        public var symbol: String
        /// As the catalogue prints it: `S/RES/2542 (2020) 13-0-2`.
        public var text: String

        public init(symbol: String, text: String) {
            self.symbol = symbol
            self.text = text
        }
    }

    public var record: String
    public var topics: [String]
    public var outcomes: [Outcome]
    public var pressRelease: String?

    public init(record: String, topics: [String], outcomes: [Outcome], pressRelease: String?) {
        self.record = record
        self.topics = topics
        self.outcomes = outcomes
        self.pressRelease = pressRelease
    }

    /// The catalogue's entry for the record; each outcome with its printed text (vote
    /// included) when the catalogue has one, else with the resolution's vote.
    public init(_ entry: CatalogMeeting, catalog: Catalog) {
        var outcomes: [Outcome] = []
        for symbol in entry.outcomes {
            let compact = symbol.filter { $0 != " " }
            var text =
                entry.outcomeText.first { $0.filter { $0 != " " }.hasPrefix(compact) }
                .map { printed in symbol + String(printed.dropFirst(printed.prefixLength(ignoringSpaces: compact))) } ?? symbol
            if text == symbol, let vote = catalog.resolution(symbol: symbol)?.vote { text += " " + vote.text }
            outcomes.append(Outcome(symbol: symbol, text: text))
        }
        self.init(
            record: entry.record, topics: entry.topics, outcomes: outcomes,
            pressRelease: entry.pressRelease.flatMap { $0.isEmpty ? nil : $0 })
    }
}

private extension String {
    /// How many characters of `self` spell `compact` when spaces are skipped.
    func prefixLength(ignoringSpaces compact: String) -> Int {
        var matched = 0
        var taken = 0
        for ch in self {
            if matched == compact.count { break }
            taken += 1
            if ch != " " { matched += 1 }
        }
        return taken
    }
}
