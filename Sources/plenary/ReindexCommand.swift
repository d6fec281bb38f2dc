import ArgumentParser
import Foundation
import PlenaryModel
import PlenarySearch

struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the search index from the meeting files.",
        discussion: "The index (.plenary/search.sqlite) is a cache: searches keep it current by themselves; this rebuilds it whole."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open()
        let started = Date()
        let changes = try IndexProgressLine.rebuild(store)
        let seconds = Date().timeIntervalSince(started)
        var line = "Indexed \(Plural.count(changes.added, "meeting")) in \(String(format: "%.1f", seconds)) s."
        if changes.unreadable > 0 { line += " \(Plural.count(changes.unreadable, "file")) could not be read (run plenary check)." }
        Console.write(line + "\n")
    }
}
