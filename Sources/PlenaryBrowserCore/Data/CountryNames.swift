import Foundation

/// States by name as well as by code, so screens show "Azerbaijan (AZE)" rather than "AZE"
/// and `:country` takes a name, an alias or a code. The program fills it from the
/// extractor's gazetteer; without one (tests, a bare store) codes are shown as they are.
public struct CountryNames: Equatable, Sendable {
    /// Code → the short name ("RUS" → "Russian Federation").
    public private(set) var names: [String: String]
    /// Folded name, official name, alias or code → the codes it may mean (several when
    /// states share a name, e.g. "Congo").
    private var lookup: [String: [String]]

    public struct Entry: Sendable {
        public var code: String
        public var name: String
        public var aliases: [String]

        public init(code: String, name: String, aliases: [String] = []) {
            self.code = code
            self.name = name
            self.aliases = aliases
        }
    }

    public init(_ entries: [Entry] = []) {
        var names: [String: String] = [:]
        var lookup: [String: [String]] = [:]
        for entry in entries {
            names[entry.code] = entry.name
            for written in [entry.code, entry.name] + entry.aliases {
                let key = CountryNames.key(written)
                guard !key.isEmpty else { continue }
                if !(lookup[key]?.contains(entry.code) ?? false) { lookup[key, default: []].append(entry.code) }
            }
        }
        self.names = names
        self.lookup = lookup
    }

    /// The state's name, if known.
    public func name(_ code: String) -> String? { names[code] }

    /// "Azerbaijan (AZE)", or the code alone when the name is not known.
    public func label(_ code: String) -> String {
        names[code].map { "\($0) (\(code))" } ?? code
    }

    /// Why `:country` cannot open what was typed.
    public enum LookupError: Error, Equatable, Sendable, CustomStringConvertible {
        case unknown(String)
        case ambiguous(String, [String])

        public var description: String {
            switch self {
            case .unknown(let text): return "No country called “\(text)”: type its name or ISO code, e.g. :country Azerbaijan"
            case .ambiguous(let text, let codes): return "“\(text)” may mean \(codes.joined(separator: " or ")): type the code"
            }
        }
    }

    /// The code of a state typed by name, alias or code. A three-letter code is taken as it
    /// is even when no name is known for it (a store may use codes the table lacks).
    public func code(for text: String) -> Result<String, LookupError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let codes = lookup[CountryNames.key(trimmed)] {
            return codes.count == 1 ? .success(codes[0]) : .failure(.ambiguous(trimmed, codes.sorted()))
        }
        if trimmed.count == 3, trimmed.allSatisfy({ $0.isASCII && $0.isLetter }) { return .success(trimmed.uppercased()) }
        return .failure(.unknown(trimmed))
    }

    static func key(_ text: String) -> String {
        var words = String(decoding: TextFolding.fold(text), as: UTF8.self)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    public static func == (a: CountryNames, b: CountryNames) -> Bool { a.names == b.names }
}
