import ArgumentParser
import Foundation
import PlenaryImport
import PlenaryStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create an empty store.")

    @Argument(help: "Folder of the new store (default: the store location, see plenary --help).")
    var path: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let url: URL
        if let path {
            // A name with bytes that are not UTF-8 would be created under another name.
            if let shown = RawFileNames.invalidArguments()[path] {
                throw CommandFailure.failed("\(shown): the path is not UTF-8; a store needs a UTF-8 name (nothing was created)")
            }
            url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        } else {
            url = storeOptions.location().url
        }
        do {
            let store = try Store.create(url)
            Console.write("Initialized an empty Plenary store in \(store.root.path)\n")
        } catch {
            throw CommandFailure.failed(error.description)
        }
    }
}
