import Foundation

/// The UN Security Council catalogue of a store: resolutions by number and meeting records by
/// symbol. Pure lookups, so the command line and the browser resolve citations the same way.
public struct Catalog: Equatable, Sendable {
    public private(set) var resolutions: [Int: CatalogResolution]
    /// Keyed by `Catalog.recordKey(_:)` of the record symbol.
    public private(set) var meetings: [String: CatalogMeeting]

    public init(resolutions: [CatalogResolution] = [], meetings: [CatalogMeeting] = []) {
        self.resolutions = Dictionary(resolutions.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        self.meetings = Dictionary(meetings.map { (Catalog.recordKey($0.record), $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var isEmpty: Bool { resolutions.isEmpty && meetings.isEmpty }

    /// The meeting record with this symbol (`S/PV.8701`, `S/PV.8706 (Resumption 1)`; spacing and case ignored).
    public func meeting(record: String) -> CatalogMeeting? { meetings[Catalog.recordKey(record)] }

    /// The resolution a canonical `S/RES/<n> (<year>)` symbol names, when number and year agree.
    public func resolution(symbol: String) -> CatalogResolution? {
        guard let ref = ResolutionQuery.parse(symbol), let found = resolutions[ref.number] else { return nil }
        if let year = ref.year, year != found.year { return nil }
        return found
    }

    /// What the catalogue says about a citation.
    public func status(of citation: Citation) -> CitationStatus {
        guard let symbol = citation.symbol else { return .unresolved }
        guard CitationSymbol.kind(of: symbol) == .securityCouncilResolution else { return .outsideCatalogue }
        if let found = resolution(symbol: symbol) { return .catalogued(found) }
        if let ref = ResolutionQuery.parse(symbol), let other = resolutions[ref.number] { return .yearDisagrees(other) }
        return .unknown
    }

    /// Adds or replaces resolutions (by number).
    public mutating func merge(resolutions new: [CatalogResolution]) {
        for r in new { resolutions[r.number] = r }
    }

    /// Adds or replaces meeting records (by symbol).
    public mutating func merge(meetings new: [CatalogMeeting]) {
        for m in new { meetings[Catalog.recordKey(m.record)] = m }
    }

    /// Symbol → adoption date, for timelines.
    public var resolutionDates: [String: String] {
        var out: [String: String] = [:]
        for r in resolutions.values { if let d = r.date { out[r.symbol] = d } }
        return out
    }

    /// The identity of a record symbol: `S/PV.8706 (Resumption 1)`, `S/PV.8706(Resumption1)` and
    /// `S/PV.8706 (Resumption 1) + Corr.1` meet; notes such as `(closed)` do not count.
    public static func recordKey(_ record: String) -> String {
        let bytes = Array(record.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        func find(_ word: String, from: Int) -> Int? {
            let w = Array(word.utf8)
            guard bytes.count >= w.count else { return nil }
            var i = from
            while i + w.count <= bytes.count {
                if bytes[i] == w[0], Array(bytes[i..<i + w.count]) == w { return i + w.count }
                i += 1
            }
            return nil
        }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        guard var i = find("s/pv.", from: 0) else {
            return String(decoding: bytes.filter { $0 != 0x20 }, as: UTF8.self)
        }
        var key = "s/pv."
        while i < bytes.count, isDigit(bytes[i]) { key.unicodeScalars.append(Unicode.Scalar(bytes[i])); i += 1 }
        func skipSpaces(_ j: Int) -> Int { var j = j; while j < bytes.count, bytes[j] == 0x20 { j += 1 }; return j }
        if let r = find("resumption", from: i) {
            var j = skipSpaces(r)
            var n = ""
            while j < bytes.count, isDigit(bytes[j]) { n.unicodeScalars.append(Unicode.Scalar(bytes[j])); j += 1 }
            key += " r" + (n.isEmpty ? "1" : n)  // "(Resumption)", "(ResumptionI)": the first
        } else if let r = find("part", from: i) {
            var j = skipSpaces(r)
            var n = ""
            while j < bytes.count, isDigit(bytes[j]) || "ivx".utf8.contains(bytes[j]) {
                n.unicodeScalars.append(Unicode.Scalar(bytes[j])); j += 1
            }
            key += " p" + n
        }
        return key
    }

    /// `S/RES/2397(2017)` → `S/RES/2397 (2017)`; `S/PRST/2017/27` stays. `nil` for anything not canonical.
    public static func canonicalOutcome(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if CitationSymbol.isCanonical(trimmed) { return trimmed }
        if let open = trimmed.firstIndex(of: "("), trimmed.hasPrefix("S/RES/") {
            let spaced = trimmed[..<open].trimmingCharacters(in: .whitespaces) + " " + trimmed[open...]
            if CitationSymbol.isCanonical(spaced) { return spaced }
        }
        return nil
    }
}

/// A citation seen through the catalogue. Unknown symbols stay visible as unknown.
public enum CitationStatus: Equatable, Sendable {
    /// The catalogue has the resolution.
    case catalogued(CatalogResolution)
    /// A Security Council resolution the catalogue does not list.
    case unknown
    /// The number is catalogued under another year: probably a misprint, shown as such.
    case yearDisagrees(CatalogResolution)
    /// A presidential statement, GA or OIC resolution: the catalogue does not cover these.
    case outsideCatalogue
    /// A title-only citation without a symbol.
    case unresolved
}
