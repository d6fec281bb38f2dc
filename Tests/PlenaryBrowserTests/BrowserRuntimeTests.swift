import PlenaryModel
@testable import PlenaryBrowser
import TerminalUI
import XCTest

/// The runtime on an in-memory terminal: loads run in the background, their results come
/// back through the loop, and keys typed meanwhile are not lost.
final class BrowserRuntimeTests: XCTestCase {
    func testLoadsOpensSearchesAndQuits() {
        let terminal = InMemoryTerminal(size: Size(width: 80, height: 24))
        let runtime = BrowserRuntime(terminal: terminal, source: InMemoryMeetingSource(name: "mem", meetings: Fixtures.all))
        var fullFrames = 0
        runtime.onFirstFullFrame = { fullFrames += 1 }
        runtime.start()
        XCTAssertTrue(terminal.lastFrame?.grid.text.contains("Loading meetings from mem…") == true)
        runtime.loop(stopWhenIdle: true)
        XCTAssertEqual(fullFrames, 1)
        XCTAssertTrue(terminal.lastFrame?.grid.text.contains("5 meetings") == true)

        terminal.pendingEvents = [KeyEvent(.down), KeyEvent(.enter)]
        runtime.loop(stopWhenIdle: true)
        XCTAssertTrue(terminal.lastFrame?.grid.text.contains("Mammadyarov — Foreign Minister, AZE") == true)

        terminal.type("/ceasefire")
        terminal.pendingEvents.append(KeyEvent(.enter))
        runtime.loop(stopWhenIdle: true)
        let grid = terminal.lastFrame!.grid
        XCTAssertTrue(grid.text(row: grid.height - 1).contains("1/2"))

        terminal.pendingEvents = [.ctrl("l")]
        runtime.loop(stopWhenIdle: true)
        XCTAssertEqual(terminal.invalidations, 1, "Ctrl-L repaints everything")

        terminal.pendingEvents = [.char("q"), .char("f")]
        terminal.type("osce")
        runtime.loop(stopWhenIdle: true)
        XCTAssertTrue(terminal.lastFrame?.grid.text.contains("filter “osce”: 1") == true, "debounced filter applied by the timer")

        terminal.pendingEvents = [KeyEvent(.enter), .char("q")]
        runtime.loop(stopWhenIdle: true)
        XCTAssertTrue(runtime.state.shouldQuit)
    }

    func testResizeEventReadsTheTerminalSize() {
        let terminal = InMemoryTerminal(size: Size(width: 80, height: 24))
        let runtime = BrowserRuntime(terminal: terminal, source: InMemoryMeetingSource(meetings: Fixtures.all))
        runtime.run(stopWhenIdle: true)
        terminal.size = Size(width: 20, height: 5)
        terminal.pendingEvents = [KeyEvent(.resize)]
        runtime.loop(stopWhenIdle: true)
        XCTAssertEqual(terminal.lastFrame?.grid.size, Size(width: 20, height: 5))
        XCTAssertTrue(terminal.lastFrame?.grid.text.contains("Terminal too") == true)
    }
}

/// The mailbox tells the runtime whether to keep polling: it must stay busy from the moment
/// work is announced until its answer is taken, or a slow step's answer (facet counts over
/// 200,000 matches) waits for the next key press.
final class MailboxTests: XCTestCase {
    func testBusyFromAnnouncementUntilTheLastAnswerIsTaken() {
        let mailbox = Mailbox()
        XCTAssertFalse(mailbox.busy)
        mailbox.begin()
        mailbox.begin()  // a second step announced before the first answer is posted
        mailbox.post(.notice("page"))
        XCTAssertEqual(mailbox.take(), [.notice("page")])
        XCTAssertTrue(mailbox.busy, "the second step is still running")
        mailbox.end()  // it was cancelled: nothing to post
        XCTAssertFalse(mailbox.busy)
    }
}
