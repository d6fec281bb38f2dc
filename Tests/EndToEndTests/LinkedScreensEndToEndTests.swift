import Foundation
import PlenaryTestSupport
import XCTest

/// The walk through the linked screens, in tmux on a temporary copy of data/ (the
/// seed meeting) with the UN Security Council catalogue imported when ../shared has it:
/// Tab to a resolution and open it, back, Tab to Mammadyarov and open his statements, search
/// as you type, open a result, come back with `[`, and the body's timeline.
final class LinkedScreensEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-e2e-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs the binary to completion (catalogue import).
    private func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = try PlenaryBinary.require()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Presses Tab until the status line names `what`, one Tab at a time (each waits for the
    /// status line to change, so none is lost or doubled).
    private func tab(to what: String, key: String = "Tab", _ tmux: TmuxSession, file: StaticString = #filePath, line: UInt = #line) -> Bool
    {
        func status() -> String {
            tmux.capture().split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
        }
        for _ in 0..<80 {
            let before = status()
            tmux.keys(key)
            let deadline = Date().addingTimeInterval(3)
            var now = before
            while Date() < deadline && now == before {
                usleep(20_000)
                now = status()
            }
            if now.contains(what) { return true }
        }
        XCTFail("Tab never reached \(what)", file: file, line: line)
        return false
    }

    func testFromTheSeedMeetingThroughTheLinkedScreens() throws {
        let data = DefaultStore.url
        guard EndToEndTests.holdsSeed(data) else { throw XCTSkip("SKIP: data/ does not hold the seed meeting") }
        let store = folder.appendingPathComponent("s")
        try DefaultStore.copy(to: store)
        let catalogue = SharedFolder.url.appendingPathComponent("corpora/unsc-meetings-catalogue/resolutions.tsv")
        let withCatalogue = FileManager.default.fileExists(atPath: catalogue.path)
        if withCatalogue { XCTAssertEqual(try run(["catalog", "import", "--store", store.path, catalogue.path]), 0) }

        let tmux = try TmuxSession()
        defer { tmux.kill() }
        let binary = try PlenaryBinary.require().path
        try tmux.start(
            "env LANG=C.UTF-8 LC_ALL= TERM=tmux-256color PLENARY_STORE= PLENARY_WATCH=off NO_COLOR= '\(binary)' --store '\(store.path)'; echo PLENARY-EXIT=$?; exec sh",
            width: 80, height: 24, directory: folder)
        tmux.waitFor(text: "Enter open")
        tmux.keys("Enter")
        tmux.waitFor(text: "Tab links")
        // From paragraph 3 (Mammadyarov's), Tab reaches his name, then the resolutions.
        tmux.keys(":")
        tmux.type("3")
        tmux.keys("Enter")
        tmux.waitFor(text: "¶3 ·")

        // The resolution: catalogue facts and the seed's paragraph.
        guard tab(to: "S/RES/822 (1993)", tmux) else { return }
        tmux.keys("Enter")
        let resolution =
            tmux.waitFor("the resolution screen") {
                $0.contains("Resolution › S/RES/822 (1993)") && $0.contains("Cited in") && $0.contains("namely 822 (1993)")
            } ?? ""
        if withCatalogue {
            for fact in ["Adopted 1993-04-30 at S/PV.3205", "Nagorny Karabakh", "15-0-0"] {
                XCTAssertTrue(resolution.contains(fact), "\(fact) missing:\n\(resolution)")
            }
        } else {
            XCTAssertTrue(resolution.contains("No catalogue imported"), resolution)
        }
        XCTAssertTrue(resolution.contains("Mammadyarov"), "the citing paragraph's speaker:\n\(resolution)")

        // Back, then the speaker.
        tmux.keys("q")
        tmux.waitFor(text: "Tab links")
        guard tab(to: "Speaker Mammadyarov", key: "BTab", tmux) else { return }
        tmux.keys("Enter")
        let speaker = tmux.waitFor("his statements") { $0.contains("Speaker › ") && $0.contains("statement") && $0.contains("¶3–5") } ?? ""
        XCTAssertTrue(speaker.contains("2017-09-19"), speaker)

        // Search as you type, from his screen within his statements: ranked results with
        // highlights before Enter.
        tmux.keys("/")
        tmux.waitFor(text: "Search: speaker:\"Mammadyarov\"")
        tmux.type("occupied territories")
        let results =
            tmux.waitFor("highlighted results while typing", escapes: true) { screen in
                screen.contains("found") && screen.range(of: "\u{1B}\\[[0-9;]*m(occupied|territories)", options: .regularExpression) != nil
            } ?? ""
        XCTAssertTrue(tmux.capture().contains("Search: speaker:\"Mammadyarov\" occupied territories"), "still typing")
        XCTAssertTrue(results.contains("¶"), results)
        tmux.keys("Enter")
        tmux.waitFor(text: "Enter open · / edit query")
        tmux.keys("Enter")
        let landed = tmux.waitFor("the paragraph with the match") {
            $0.contains("Tab links") && $0.range(of: "/[a-z ·]*occupied[a-z ·]* [0-9]+/[0-9]+", options: .regularExpression) != nil
        }
        XCTAssertNotNil(landed)

        // `[` returns to the results, the query kept.
        tmux.keys("[")
        tmux.waitFor(text: "Search › “speaker:\"Mammadyarov\" occupied territories”")

        // The timeline of the meeting's body: the 2017 meeting and the 1992–1993 references.
        tmux.keys("q")
        tmux.waitFor(text: "Speaker › ")
        tmux.keys("q")
        tmux.waitFor(text: "Tab links")
        tmux.keys("t")
        let timeline = tmux.waitFor("the timeline") { $0.contains("Timeline › ") && $0.contains("1992") && $0.contains("named by") } ?? ""
        XCTAssertTrue(timeline.contains("1993"), timeline)
        tmux.keys("G")
        let end = tmux.waitFor("the 2017 meeting") { $0.contains("2017-09-19  meeting") } ?? ""
        XCTAssertTrue(end.contains("CONTACT GROUP"), end)

        tmux.keys("Q")
        tmux.waitFor(text: "PLENARY-EXIT=0")
    }
}
