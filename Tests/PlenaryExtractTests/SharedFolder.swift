import Foundation
import XCTest

/// `../shared/` beside the package root: the reference documents tests read when present.
enum SharedFolder {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The folder's path below shared/, or a skip that says why the test cannot run.
    static func require(_ relative: String) throws -> URL {
        let u = url.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: u.path) else {
            throw XCTSkip("SKIP: \(relative) not found under ../shared (reference material absent)")
        }
        return u
    }
}
