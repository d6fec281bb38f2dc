#if canImport(XCTest)
import Foundation
import XCTest

/// The built executables tests run as child processes (`plenary`, `plenary-fuzz`), looked for
/// in one order:
/// 1. beside the running test bundle — the products of the build that is running the tests,
///    whatever its configuration or build path;
/// 2. `.build/debug/` under the package root;
/// 3. `.build/release/` under the package root.
public enum PlenaryBinary {
    /// The first executable named `name` in the search order, or nil when none is built.
    public static func find(_ name: String = "plenary") -> URL? {
        candidates(name).first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The executable, or a skip that says how to build it.
    public static func require(_ name: String = "plenary") throws -> URL {
        guard let url = find(name) else { throw XCTSkip("SKIP: the \(name) binary is not built; run `swift build` first") }
        return url
    }

    static func candidates(_ name: String) -> [URL] {
        var folders: [URL] = []
        if let runner = CommandLine.arguments.first, !runner.isEmpty {
            folders.append(URL(fileURLWithPath: runner).deletingLastPathComponent())
        }
        folders += ["debug", "release"].map { PackageRoot.url.appendingPathComponent(".build/\($0)") }
        return folders.map { $0.appendingPathComponent(name) }
    }
}
#endif
