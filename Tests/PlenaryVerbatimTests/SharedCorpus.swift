import Foundation
import XCTest

/// `../shared/` beside the package root: the reference corpora tests read when present.
enum SharedCorpus {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The path below shared/, or a skip that says why the test cannot run.
    static func require(_ relative: String) throws -> URL {
        let u = url.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: u.path) else {
            throw XCTSkip("SKIP: \(relative) not found under ../shared (reference material absent)")
        }
        return u
    }

    /// Rows of a tab-separated file with a header, as dictionaries.
    static func table(_ url: URL) throws -> [[String: String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = lines.removeFirst()
        return lines.map { fields in
            var row: [String: String] = [:]
            for (i, name) in header.enumerated() { row[name] = i < fields.count ? fields[i] : "" }
            return row
        }
    }
}
