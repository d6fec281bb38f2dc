import Foundation
import PlenaryTestSupport
import XCTest

/// Issue 16 in tmux: while a search is typed, the reason it cannot run is on the screen —
/// a malformed query at once, a filter value naming nothing known once the index answers.
final class QueryReasonEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-e2e-reason-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testTheReasonIsVisibleWhileTyping() throws {
        let data = DefaultStore.url
        guard EndToEndTests.holdsSeed(data) else { throw XCTSkip("SKIP: data/ does not hold the seed meeting") }
        let store = folder.appendingPathComponent("s")
        try DefaultStore.copy(to: store)

        let tmux = try TmuxSession()
        defer { tmux.kill() }
        let binary = try PlenaryBinary.require().path
        try tmux.start(
            "env LANG=C.UTF-8 LC_ALL= TERM=tmux-256color PLENARY_STORE= PLENARY_WATCH=off NO_COLOR= '\(binary)' --store '\(store.path)'; echo PLENARY-EXIT=$?; exec sh",
            width: 100, height: 24, directory: folder)
        tmux.waitFor(text: "Enter open")
        tmux.keys("s")
        tmux.waitFor(text: "Search:")
        tmux.type("ceasefire \"line of")
        let malformed = tmux.waitFor("the reason beside the prompt") { screen in
            screen.contains("Search: ceasefire \"line of") && screen.contains("column 11: this quote is never closed")
        }
        XCTAssertNotNil(malformed)
        tmux.type("\"")
        tmux.waitFor("the reason gone once the quote is closed") {
            !$0.contains("never closed") && $0.contains("Search: ceasefire \"line of\"")
        }

        tmux.keys("C-u")
        tmux.type("speaker:Nobodyovich")
        let unknown = tmux.waitFor("the unknown speaker while typing") { $0.contains("no speaker 'Nobodyovich'") }
        XCTAssertNotNil(unknown)
        XCTAssertTrue(tmux.capture().contains("Search: speaker:Nobodyovich"), "still typing")

        tmux.keys("Escape")
        tmux.waitFor("the prompt closed") { !$0.contains("Search: speaker:Nobodyovich") }
        tmux.keys("Q")
        tmux.waitFor(text: "PLENARY-EXIT=0")
    }
}
