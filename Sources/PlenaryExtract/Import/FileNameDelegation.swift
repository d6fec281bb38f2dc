import Foundation

/// The delegation a speech file is named after: one ISO 3166-1 alpha-3 code the gazetteer knows
/// written in capitals among the words of the file name (`SYR_75_2020.txt`, `2020-USA-statement.txt`), else one
/// state whose name the file name spells (`syria-2020.txt`), or one organisation's acronym in
/// capitals (`EU_75_2020.txt`). Two of them, or none, give nothing.
public enum FileNameDelegation {
    public struct Delegation: Equatable, Sendable {
        /// ISO 3166-1 alpha-3, or an organisation's acronym.
        public var code: String
        /// The name a General Assembly record uses: the official short name ("Syrian Arab Republic").
        public var name: String
    }

    public static func find(in fileName: String, gazetteer: Gazetteer = .shared) -> Delegation? {
        let stem = ((fileName as NSString).lastPathComponent as NSString).deletingPathExtension
        let words = stem.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        // Codes are written in capitals: "and", "can", "per" in a name are words, not Andorra, Canada, Peru.
        var codes = Set(
            words.filter { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }.filter { gazetteer.countries[$0] != nil })
        if codes.isEmpty {
            // Names are matched as written in prose, capitalised ("syria" → "Syria").
            let spelled = TokenizedText(words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
            codes = Set(EntityMatcher(gazetteer: gazetteer).mentions(in: spelled).filter { $0.kind == .country }.compactMap(\.ref))
        }
        // An organisation that speaks as a delegation (the European Union), by its acronym in capitals.
        let organizations = Set(
            words.filter { $0.count >= 2 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
                .filter { gazetteer.organizations[$0] != nil })
        if codes.count == 1, let code = codes.first, let country = gazetteer.countries[code] {
            return Delegation(code: code, name: country.official ?? country.name)
        }
        guard codes.isEmpty, organizations.count == 1, let acronym = organizations.first,
            let organization = gazetteer.organizations[acronym]
        else { return nil }
        return Delegation(code: acronym, name: organization.name)
    }
}
