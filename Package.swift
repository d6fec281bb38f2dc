// swift-tools-version: 6.1
// Plenary — a terminal browser for records of diplomatic and intergovernmental meetings.
// Module map and dependency direction: see docs/architecture.md.
import PackageDescription

let package = Package(
    name: "Plenary",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plenary", targets: ["plenary"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The one rule for text from outside: what a terminal, clipboard or pager may be shown,
        // and what stored text keeps (no controls, escapes or bidi overrides). No dependencies.
        .target(name: "SafeText"),
        // Value types of the record format; no I/O.
        .target(name: "PlenaryModel"),
        // The JSON file store: atomic writes, locking, summaries, catalogues.
        .target(name: "PlenaryStore", dependencies: ["PlenaryModel", "SafeText"]),
        // ncursesw, reached only through NcursesTerminal.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        // Pure terminal UI: cells, grid, display width, widgets, the Terminal protocol.
        .target(name: "TerminalUI", dependencies: ["SafeText"]),
        // The Terminal protocol over ncursesw: the only code that imports CNcursesw.
        .target(name: "NcursesTerminal", dependencies: ["TerminalUI", "CNcursesw"]),
        // libxml2's HTML parser (system library).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Documents → meetings: decoding, segmentation, gazetteers, speakers, attendance, citations, dates.
        .target(name: "PlenaryExtract", dependencies: ["PlenaryModel", "SafeText", "CLibXML2"], resources: [.copy("Gazetteers")]),
        // Verbatim records (speaker turns, one file per speech) → meetings, with Extract's matchers.
        .target(name: "PlenaryVerbatim", dependencies: ["PlenaryModel", "PlenaryExtract"]),
        // The rules for people across meetings (pure); their tables live in the search database.
        .target(name: "PlenaryRegistry", dependencies: ["PlenaryModel", "PlenaryStore"]),
        // The browser's pure core: state, action table, screens, reducer, rendering; no I/O.
        .target(name: "PlenaryBrowserCore", dependencies: ["PlenaryModel", "SafeText", "TerminalUI", "PlenaryQuery"]),
        // The browser's runtime over the core (which it re-exports): data adapters over store,
        // search and registry, config, pager, job control.
        .target(
            name: "PlenaryBrowser",
            dependencies: [
                "PlenaryBrowserCore", "PlenaryModel", "SafeText", "PlenaryStore", "PlenaryRegistry", "PlenarySearch", "TerminalUI",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        // The query language (parser, nodes, errors, limits) and the result values, without SQLite,
        // so the browser's pure core can check a query and hold results.
        .target(name: "PlenaryQuery", dependencies: ["PlenaryModel"]),
        // Derived full-text index (SQLite FTS5) over PlenaryQuery's language, which it re-exports.
        .target(
            name: "PlenarySearch",
            dependencies: [
                "PlenaryModel", "PlenaryQuery", "PlenaryStore", "PlenaryRegistry", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // Import as a library: paths and options in, outcomes reported as events (the command only prints).
        .target(name: "PlenaryImport", dependencies: ["PlenaryModel", "PlenaryStore", "PlenaryExtract", "PlenaryVerbatim"]),
        // The executable: one small command type per file.
        .executableTarget(
            name: "plenary",
            dependencies: [
                "PlenaryModel", "SafeText", "PlenaryStore", "PlenaryExtract", "PlenaryVerbatim", "PlenaryImport", "PlenaryRegistry",
                "PlenarySearch", "PlenaryBrowser", "TerminalUI", "NcursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer); built normally it
        // replays inputs, so a finding re-runs without the fuzzer.
        .executableTarget(
            name: "plenary-fuzz", dependencies: ["PlenaryModel", "SafeText", "PlenaryExtract", "PlenarySearch", "PlenaryBrowser"]),

        // What several test targets share: the package root, ../shared, the built binaries'
        // locator, a store watcher on a thread.
        .target(
            name: "PlenaryTestSupport", dependencies: ["PlenaryStore", "PlenaryModel", "PlenaryRegistry", "PlenarySearch"],
            path: "Tests/PlenaryTestSupport"),
        // Key presses for the reducer; apart, so tests below the browser don't build it.
        .target(
            name: "PlenaryBrowserTestSupport", dependencies: ["PlenaryBrowser", "TerminalUI"], path: "Tests/PlenaryBrowserTestSupport"),
        .testTarget(name: "PlenaryModelTests", dependencies: ["PlenaryModel"]),
        .testTarget(name: "SafeTextTests", dependencies: ["SafeText"]),
        .testTarget(name: "PlenaryStoreTests", dependencies: ["PlenaryTestSupport", "PlenaryStore", "PlenaryModel"]),
        .testTarget(name: "PlenaryExtractTests", dependencies: ["PlenaryTestSupport", "PlenaryExtract", "PlenaryModel"]),
        .testTarget(
            name: "PlenaryVerbatimTests",
            dependencies: [
                "PlenaryTestSupport", "PlenaryVerbatim", "PlenaryExtract", "PlenaryStore", "PlenaryRegistry", "PlenarySearch",
                "PlenaryModel",
            ]),
        .testTarget(name: "PlenaryImportTests", dependencies: ["PlenaryImport", "PlenaryStore", "PlenaryModel"]),
        .testTarget(name: "PlenaryRegistryTests", dependencies: ["PlenaryRegistry", "PlenaryStore", "PlenaryModel"]),
        .testTarget(
            name: "PlenarySearchTests",
            dependencies: ["PlenaryTestSupport", "PlenarySearch", "PlenaryRegistry", "PlenaryStore", "PlenaryModel"]),
        // Drive the built `plenary` binary as a child process (exit codes, --json, crashes).
        .testTarget(name: "CommandLineTests", dependencies: ["PlenaryTestSupport", "PlenaryModel", "plenary"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalUI"]),
        // Golden screens are read from the checkout (PackageRoot), not bundled.
        .testTarget(
            name: "PlenaryBrowserTests",
            dependencies: [
                "PlenaryTestSupport", "PlenaryBrowserTestSupport", "PlenaryBrowser", "PlenaryBrowserCore", "TerminalUI", "PlenaryModel",
                "PlenaryStore", "PlenaryRegistry", "PlenarySearch",
            ],
            exclude: ["Goldens"]),
        // Drive the built binary in tmux (private socket, fixed size); skip when tmux is absent.
        .testTarget(name: "EndToEndTests", dependencies: ["PlenaryTestSupport", "plenary"]),
    ],
    swiftLanguageModes: [.v6]
)
