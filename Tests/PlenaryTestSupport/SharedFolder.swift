#if canImport(XCTest)
import Foundation
import XCTest

/// `../shared/` beside the package root: the reference documents and corpora tests read when
/// present (never copied into the repository).
public enum SharedFolder {
    public static let url = PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared")

    /// The path below shared/, or a skip that says why the test cannot run.
    public static func require(_ relative: String) throws -> URL {
        let u = url.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: u.path) else {
            throw XCTSkip("SKIP: \(relative) not found under ../shared (reference material absent)")
        }
        return u
    }

    /// Rows of a tab-separated file with a header, as dictionaries.
    public static func table(_ url: URL) throws -> [[String: String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let header = lines.removeFirst()
        return lines.map { fields in
            var row: [String: String] = [:]
            for (i, name) in header.enumerated() { row[name] = i < fields.count ? fields[i] : "" }
            return row
        }
    }
}
#endif
