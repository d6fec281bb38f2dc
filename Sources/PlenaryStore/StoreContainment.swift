import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes stay inside the store. A year folder under `meetings/` or `sources/` may be a
/// symbolic link (a user moving old years to another disk); one that leads out of the store
/// is refused for writing and reported by `plenary check`, since a write through it would
/// land outside the folder the user named.
enum StoreContainment {
    /// The folder's real path when it lies inside the store's real root, else the error.
    static func check(_ folder: URL, in root: URL) throws(StoreError) {
        guard let realRoot = realPath(root.path) else { return }
        guard let real = realPath(folder.path) else {
            throw .io(path: folder.path, reason: "cannot resolve the folder: \(errnoText())")
        }
        if !isInside(real, realRoot) {
            throw .outsideStore(path: relative(folder.path, root.path), resolved: real)
        }
    }

    /// Year folders of `meetings/` and `sources/` whose real path leaves the store.
    static func escapingFolders(of store: Store) -> [StoreProblem] {
        guard let realRoot = realPath(store.root.path) else { return [] }
        var problems: [StoreProblem] = []
        for top in ["meetings", "sources"] {
            let base = store.root.appendingPathComponent(top).path
            if let real = realPath(base), !isInside(real, realRoot) {
                problems.append(StoreProblem(path: top, reason: StoreError.outsideStore(path: top, resolved: real).reason))
                continue
            }
            for entry in DirectoryScan.entries(of: base) where entry.isDirectory {
                guard let real = realPath(base + "/" + entry.name), !isInside(real, realRoot) else { continue }
                let path = "\(top)/\(entry.name)"
                problems.append(StoreProblem(path: path, reason: StoreError.outsideStore(path: path, resolved: real).reason))
            }
        }
        return problems
    }

    static func isInside(_ real: String, _ realRoot: String) -> Bool {
        real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func relative(_ path: String, _ root: String) -> String {
        let base = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
