import Foundation
import PlenaryModel

/// Reads what the importer says about a document: the `--date --title --org --body --location`
/// flags of a batch, and a `<file>.meta.json` beside one document with the same keys (`org` or
/// `organization`). Pure: text in, `SourceOverrides` or a typed error out.
public enum MetaOverrides {
    /// The keys a meta file may hold.
    public static let keys = ["date", "title", "org", "organization", "body", "location"]

    /// The suffix that marks a meta file; such files are never imported as documents.
    public static let suffix = ".meta.json"

    /// Overrides from flag values; `nil` values were not given.
    public static func fromFlags(
        date: String?, title: String?, org: String?, body: String?,
        location: String?
    ) throws(OverrideError) -> SourceOverrides {
        var o = SourceOverrides()
        o.date = try checkedDate(date)
        o.title = try checked(title, key: "--title")
        o.organization = try checked(org, key: "--org")
        o.body = try checked(body, key: "--body")
        o.location = try checked(location, key: "--location")
        return o
    }

    /// Overrides from the bytes of a meta file: one JSON object of string values.
    public static func fromMetaFile(_ data: Data) throws(OverrideError) -> SourceOverrides {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw .notJSON(reason: Self.reason(error))
        }
        guard let dictionary = object as? [String: Any] else { throw .notAnObject }
        var strings: [String: String] = [:]
        for key in dictionary.keys.sorted() {
            guard keys.contains(key) else { throw .unknownKey(key) }
            guard let value = dictionary[key] as? String else { throw .notAString(key: key) }
            strings[key] = value
        }
        var o = SourceOverrides()
        o.date = try checkedDate(strings["date"])
        o.title = try checked(strings["title"], key: "title")
        o.organization = try checked(strings["organization"] ?? strings["org"], key: "org")
        o.body = try checked(strings["body"], key: "body")
        o.location = try checked(strings["location"], key: "location")
        return o
    }

    /// The meta files that may describe `path`: `<file>.meta.json`, then `<file without extension>.meta.json`.
    public static func candidates(for path: String) -> [String] {
        let stem = (path as NSString).deletingPathExtension
        return stem == path ? [path + suffix] : [path + suffix, stem + suffix]
    }

    public static func isMetaFile(_ name: String) -> Bool { name.lowercased().hasSuffix(suffix) }

    static func checkedDate(_ value: String?) throws(OverrideError) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard ISODate.isValidDay(trimmed) else { throw .badDate(value) }
        return trimmed
    }

    static func checked(_ value: String?, key: String) throws(OverrideError) -> String? {
        guard let value else { return nil }
        // Control characters never go into a record.
        let cleaned = String(String.UnicodeScalarView(value.unicodeScalars.filter { !isUnsafe($0) }))
            .trimmingCharacters(in: .whitespaces)
        guard !cleaned.isEmpty else { throw .emptyValue(key: key) }
        return cleaned
    }

    /// C0 and C1 controls and bidirectional overrides: never part of a stored value.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .control || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    /// JSONSerialization's message without its Cocoa wrapping.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "cannot parse"
    }
}
