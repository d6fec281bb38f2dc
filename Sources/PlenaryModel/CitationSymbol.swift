/// The canonical forms of cited instruments (DESIGN.md §2):
/// `S/RES/<n> (<year>)`, `S/PRST/<year>/<n>`, `A/RES/<session>/<n>`, `A/RES/ES-<n>/<m>`,
/// `A/RES/<n> (<roman>)`, `OIC/<n>/<session>-<CATEGORY>`.
public enum CitationSymbol {
    public enum Kind: String, Sendable {
        case securityCouncilResolution, presidentialStatement, generalAssemblyResolution
        case emergencySessionResolution, oldGeneralAssemblyResolution, oicResolution
    }

    /// The kind of a canonical symbol, or `nil` when `symbol` is not canonical.
    public static func kind(of symbol: String) -> Kind? {
        var s = Scanner(symbol)
        if s.take("S/RES/") {
            guard s.digits() != nil, s.take(" ("), let year = s.digits(), year.count == 4, s.take(")"), s.atEnd else { return nil }
            return .securityCouncilResolution
        }
        s = Scanner(symbol)
        if s.take("S/PRST/") {
            guard let year = s.digits(), year.count == 4, s.take("/"), s.digits() != nil, s.atEnd else { return nil }
            return .presidentialStatement
        }
        s = Scanner(symbol)
        if s.take("A/RES/") {
            if s.take("ES-") {
                guard s.digits() != nil, s.take("/"), s.digits() != nil, s.atEnd else { return nil }
                return .emergencySessionResolution
            }
            guard s.digits() != nil else { return nil }
            if s.take("/") {
                guard s.digits() != nil, s.atEnd else { return nil }
                return .generalAssemblyResolution
            }
            guard s.take(" ("), s.roman(), s.take(")"), s.atEnd else { return nil }
            return .oldGeneralAssemblyResolution
        }
        s = Scanner(symbol)
        if s.take("OIC/") {
            guard s.digits() != nil, s.take("/"), s.digits() != nil, s.take("-"), s.upperLetters(), s.atEnd else { return nil }
            return .oicResolution
        }
        return nil
    }

    public static func isCanonical(_ symbol: String) -> Bool { kind(of: symbol) != nil }

    /// A tiny cursor over ASCII bytes; symbols are ASCII by definition.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0
        init(_ text: String) { bytes = Array(text.utf8) }
        var atEnd: Bool { position == bytes.count }

        mutating func take(_ literal: String) -> Bool {
            let lit = Array(literal.utf8)
            guard bytes.count - position >= lit.count, Array(bytes[position..<position + lit.count]) == lit else { return false }
            position += lit.count
            return true
        }

        mutating func digits() -> String? {
            let start = position
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
            guard position > start, bytes[start] != 0x30 || position - start == 1 else { position = start; return nil }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        mutating func roman() -> Bool {
            let start = position
            while position < bytes.count, "IVXLC".utf8.contains(bytes[position]) { position += 1 }
            return position > start
        }

        mutating func upperLetters() -> Bool {
            let start = position
            while position < bytes.count, bytes[position] >= 0x41, bytes[position] <= 0x5A { position += 1 }
            return position > start
        }
    }
}
