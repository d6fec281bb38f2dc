import ArgumentParser

/// The root command. Without a subcommand it opens the terminal browser; subcommands
/// print plain text (or JSON with `--json`).
@main
struct Plenary: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "plenary",
        abstract: "Browse records of diplomatic and intergovernmental meetings.",
        discussion: "Without a subcommand, opens the browser on the store (needs a terminal).",
        version: version,
        subcommands: [BenchBrowserCommand.self]
    )

    @Option(name: .long, help: "The store folder (default: $PLENARY_STORE, ./data, then the XDG data folder).")
    var store: String?

    func run() throws {
        try BrowserLauncher.run(storeOption: store)
    }
}
