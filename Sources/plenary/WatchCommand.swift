import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryStore

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch the store's meeting files, so that searches need not check each one.",
        discussion: """
            A search checks that no meeting file changed behind the index's back; with a watcher \
            running it asks the watcher instead of looking at every file. The first search of a store \
            starts one in the background (PLENARY_WATCH=off prevents it). A watcher exits after \
            --idle-minutes without a search, when the store is removed, or with --stop. Linux only; \
            stores on network file systems are not watched.
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Tell whether a watcher runs for the store.")
    var status = false

    @Flag(help: "Stop the store's watcher.")
    var stop = false

    @Option(help: ArgumentHelp("Exit after this many minutes without a search.", valueName: "n"))
    var idleMinutes = 30

    /// Start the watcher in the background and return (what a search does).
    @Flag(help: .hidden)
    var detach = false

    /// Be the background watcher (started by `--detach`).
    @Flag(help: .hidden)
    var daemon = false

    func validate() throws {
        if status && stop { throw ValidationError("--status and --stop exclude each other") }
        if idleMinutes < 1 { throw ValidationError("--idle-minutes must be at least 1") }
    }

    func run() throws {
        if detach && !daemon {
            let store = try storeOptions.open()
            _ = WatcherLauncher.startDaemon(storePath: store.root.path, idleMinutes: idleMinutes)
            return
        }
        if daemon { WatcherLauncher.detach() }
        let store = try storeOptions.open()
        let root = Console.safe(store.root.path)
        if status {
            let off = WatcherLauncher.enabled ? "" : " (PLENARY_WATCH=off: searches check every file and start none)"
            Console.write(WatchClient.status(store).map { "\(root): \(WatchCommand.describe($0))\n" } ?? "\(root): not watched\(off)\n")
            return
        }
        if stop {
            Console.write(WatchClient.stop(store) ? "\(root): watcher stopped\n" : "\(root): no watcher was running\n")
            return
        }
        let exit: StoreWatcher.Exit
        switch Result(catching: { () throws(WatchError) in try watch(store, announce: daemon ? nil : "watching \(root) (Ctrl-C stops)") }) {
        case .success(let value): exit = value
        case .failure(let error): throw CommandFailure.failed(error.description)
        }
        if daemon { return }
        switch exit {
        case .alreadyRunning: Console.error("\(root) is already watched (plenary watch --status)")
        case .idle: Console.error("no search for \(Plural.count(idleMinutes, "minute")): stopped")
        case .stopped: Console.error("stopped")
        case .storeGone: Console.error("the store or its .plenary folder was removed: stopped")
        }
    }

    func watch(_ store: Store, announce: String?) throws(WatchError) -> StoreWatcher.Exit {
        #if os(Linux)
        return try StoreWatcher.run(store: store, idleSeconds: idleMinutes * 60) {
            if let announce { Console.error(announce) }
        }
        #else
        throw WatchError.notSupportedHere
        #endif
    }

    /// "watched by process 123 since 2026-11-27 09:00:12 UTC, 36 year folders" from the
    /// watcher's `pid=… since=… token=… folders=…`.
    static func describe(_ status: String) -> String {
        var fields: [String: String] = [:]
        for pair in status.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        guard let pid = fields["pid"], let since = fields["since"].flatMap(Double.init) else { return "watched (\(status))" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss 'UTC'"
        let folders = fields["folders"].map { ", \($0) year folder\($0 == "1" ? "" : "s")" } ?? ""
        return "watched by process \(pid) since \(formatter.string(from: Date(timeIntervalSince1970: since)))\(folders)"
    }
}
