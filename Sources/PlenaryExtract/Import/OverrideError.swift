/// Why values given for what a document does not say (flags or a `.meta.json` file) cannot be used.
/// Each case reads as one line after the file or flag it concerns.
public enum OverrideError: Error, Equatable, Sendable, CustomStringConvertible {
    case badDate(String)
    case emptyValue(key: String)
    case notJSON(reason: String)
    case notAnObject
    case unknownKey(String)
    case notAString(key: String)

    public var description: String {
        switch self {
        case .badDate(let value): return "date \"\(value)\" is not a calendar day (write YYYY-MM-DD)"
        case .emptyValue(let key): return "\(key) is empty"
        case .notJSON(let reason): return "not valid JSON: \(reason)"
        case .notAnObject: return "a meta file holds one JSON object, e.g. {\"date\": \"2020-09-25\"}"
        case .unknownKey(let key):
            return "unknown key \"\(key)\" (known: \(MetaOverrides.keys.joined(separator: ", ")))"
        case .notAString(let key): return "\(key) must be a string"
        }
    }
}
