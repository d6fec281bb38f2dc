import ArgumentParser

/// `plenary catalog …`: the UN Security Council catalogue of the store.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Manage the store's UN Security Council catalogue (resolutions and meeting records).",
        subcommands: [CatalogImportCommand.self]
    )
}
