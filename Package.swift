// swift-tools-version: 6.1
// Plenary — a terminal browser for records of diplomatic and intergovernmental meetings.
// Module map and dependency direction: see docs/architecture.md.
import PackageDescription

let package = Package(
    name: "Plenary",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plenary", targets: ["plenary"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // Value types of the record format; no I/O.
        .target(name: "PlenaryModel"),
        // The JSON file store: atomic writes, locking, summaries, catalogues.
        .target(name: "PlenaryStore", dependencies: ["PlenaryModel"]),
        // ncursesw, reached only through NcursesTerminal.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        // Pure terminal UI: cells, grid, display width, widgets, the Terminal protocol.
        .target(name: "TerminalUI"),
        // The Terminal protocol over ncursesw: the only code that imports CNcursesw.
        .target(name: "NcursesTerminal", dependencies: ["TerminalUI", "CNcursesw"]),
        // Derived full-text index (SQLite FTS5) and the query language.
        .target(name: "PlenarySearch", dependencies: ["PlenaryModel", "PlenaryStore", .product(name: "GRDB", package: "GRDB.swift")]),
        // The executable: one small command type per file.
        .executableTarget(
            name: "plenary",
            dependencies: [
                "PlenaryModel", "PlenaryStore", "PlenarySearch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "PlenaryModelTests", dependencies: ["PlenaryModel"]),
        .testTarget(name: "PlenaryStoreTests", dependencies: ["PlenaryStore", "PlenaryModel"]),
        .testTarget(name: "PlenarySearchTests", dependencies: ["PlenarySearch", "PlenaryStore", "PlenaryModel"]),
        // Drive the built `plenary` binary as a child process (exit codes, --json, crashes).
        .testTarget(name: "CommandLineTests", dependencies: ["PlenaryModel", "plenary"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalUI"]),
    ],
    swiftLanguageModes: [.v6]
)
