import ArgumentParser

/// The shapes `plenary export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv, json

    init?(argument: String) {
        switch argument.lowercased() {
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }
}
