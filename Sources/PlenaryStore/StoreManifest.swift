import Foundation

/// `plenary-store.json`: marks a folder as a store and names its format version, so a store
/// written by a newer Plenary is refused instead of misread.
public struct StoreManifest: Codable, Equatable, Sendable {
    public static let fileName = "plenary-store.json"
    public static let currentVersion = 1
    public static let currentFormat = "plenary.store/\(currentVersion)"

    public var format: String
    public var created: String?

    public init(format: String = StoreManifest.currentFormat, created: String?) {
        self.format = format
        self.created = created
    }

    /// The version number of `format`, or `nil` when it is not `plenary.store/<n>`.
    public var version: Int? {
        guard format.hasPrefix("plenary.store/") else { return nil }
        return Int(format.dropFirst("plenary.store/".count))
    }
}
