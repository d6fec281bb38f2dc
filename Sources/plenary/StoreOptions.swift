import ArgumentParser
import Foundation
import PlenaryStore

/// `--store PATH`, shared by every command that reads or writes a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store folder.", valueName: "path"))
    var store: String?

    /// Where the store is, by the order of `StoreLocation`.
    func location() -> (url: URL, origin: StoreLocation.Origin) {
        StoreLocation.resolve(
            explicit: store, environment: ProcessInfo.processInfo.environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    func open() throws -> Store {
        let (url, _) = location()
        do {
            return try Store.open(url)
        } catch {
            throw CommandFailure.failed(error.description)
        }
    }
}
