import ArgumentParser

/// The root command. Subcommands print plain text (or JSON with `--json`).
@main
struct Plenary: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "plenary",
        abstract: "Browse records of diplomatic and intergovernmental meetings.",
        version: version,
        subcommands: []
    )
}
