import Foundation

/// What a user or a citation writes for a Security Council resolution: `S/RES/822 (1993)`,
/// `S/RES/822`, `S/RES/822(1993)`, `res:822`, `822 (1993)` or `822`.
public struct ResolutionQuery: Equatable, Sendable {
    public var number: Int
    public var year: Int?

    public init(number: Int, year: Int?) {
        self.number = number
        self.year = year
    }

    public static func parse(_ text: String) -> ResolutionQuery? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        let lower = rest.lowercased()
        if lower.hasPrefix("s/res/") { rest = rest.dropFirst(6) } else if lower.hasPrefix("res:") { rest = rest.dropFirst(4) }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 5, let number = Int(digits), number > 0 else { return nil }
        rest = rest.dropFirst(digits.count).drop { $0 == " " }
        if rest.isEmpty { return ResolutionQuery(number: number, year: nil) }
        guard rest.hasPrefix("("), rest.hasSuffix(")") else { return nil }
        let inner = rest.dropFirst().dropLast()
        guard inner.count == 4, inner.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(inner) else { return nil }
        return ResolutionQuery(number: number, year: year)
    }
}
