import Foundation

/// Which store a command uses when none is named: `--store`, then `$PLENARY_STORE`, then
/// `./data` if it holds a manifest, then `$XDG_DATA_HOME/plenary` (`~/.local/share/plenary`).
public enum StoreLocation {
    public enum Origin: String, Sendable {
        case option = "--store"
        case environment = "$PLENARY_STORE"
        case workingDirectory = "./data"
        case xdgDataHome = "the XDG data folder"
    }

    /// Pure: every input is passed in, so the order is testable without touching the process.
    public static func resolve(
        explicit: String?, environment: [String: String], currentDirectory: URL,
        isStore: (URL) -> Bool = Store.exists(at:)
    ) -> (url: URL, origin: Origin) {
        if let explicit, !explicit.isEmpty { return (url(explicit, relativeTo: currentDirectory), .option) }
        if let fromEnvironment = environment["PLENARY_STORE"], !fromEnvironment.isEmpty {
            return (url(fromEnvironment, relativeTo: currentDirectory), .environment)
        }
        let local = currentDirectory.appendingPathComponent("data")
        if isStore(local) { return (local, .workingDirectory) }
        let dataHome: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = URL(fileURLWithPath: xdg)
        } else {
            dataHome = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".local/share")
        }
        return (dataHome.appendingPathComponent("plenary"), .xdgDataHome)
    }

    static func url(_ path: String, relativeTo base: URL) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : base.appendingPathComponent(expanded)
    }
}
