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
        let lower = record.lowercased()
        guard let pv = lower.range(of: "s/pv.") else {
            return String(lower.unicodeScalars.filter { $0 != " " }.map(Character.init))
        }
        let number = lower[pv.upperBound...].prefix { $0.isASCII && $0.isNumber }
        var key = "s/pv." + number
        let tail = lower[pv.upperBound...].dropFirst(number.count)
        if let r = tail.range(of: "resumption") {
            let after = tail[r.upperBound...].drop { $0 == " " }
            let n = after.prefix { $0.isASCII && $0.isNumber }
            key += " r" + (n.isEmpty ? "1" : String(n))  // "(Resumption)", "(ResumptionI)": the first
        } else if let r = tail.range(of: "part") {
            let after = tail[r.upperBound...].drop { $0 == " " }
            key += " p" + after.prefix { "ivx0123456789".contains($0) }
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
