import Foundation

/// The repository's default store, data/, as tests copy it.
public enum DefaultStore {
    public static let url = PackageRoot.url.appendingPathComponent("data")

    /// Copies data/ to `destination` without its derived `.plenary/` folder: that folder is
    /// rebuilt from the files anyway, and while `make run` has left a store watcher running
    /// it holds the watcher's socket, which cannot be copied.
    public static func copy(to destination: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: destination, withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: url.path) where name != ".plenary" {
            try manager.copyItem(at: url.appendingPathComponent(name), to: destination.appendingPathComponent(name))
        }
    }
}
