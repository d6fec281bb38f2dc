import Foundation
import PlenaryModel
@testable import PlenaryBrowser
import PlenaryRegistry
import PlenaryBrowserTestSupport
import TerminalUI
import XCTest

/// Marks (set, jump, kept between runs), `y`/`Y` copying with a citation line, `e` paging.
final class MarksYankPagerTests: XCTestCase {
    let reducer = Reducer()

    func testMarkAndJumpBack() {
        var state = LinkedFixtures.meetingState(size: Size(width: 40, height: 12))
        _ = reducer.reduce(&state, .action(.goto(3)))
        let effects = reducer.press(&state, .char("m"), .char("a"))
        let mark = Mark.meeting(id: LinkedFixtures.contactGroup.id, date: "2017-09-19", paragraph: 3)
        XCTAssertEqual(effects, [.saveMarks(["a": mark])], "saved as soon as set")
        XCTAssertEqual(state.message?.text, "Mark a: \(LinkedFixtures.contactGroup.id) ¶3")

        LinkedFixtures.run(reducer.follow(.speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id), &state), &state)
        _ = reducer.press(&state, .char("m"), .char("B"))
        XCTAssertEqual(state.marks["B"], .link(.speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id)))

        LinkedFixtures.run(reducer.press(&state, .char("'"), .char("a")), &state)
        guard case .meeting(let screen) = state.screen else { return XCTFail("not on the meeting") }
        XCTAssertEqual(screen.cursor, 3, "back at paragraph 3, the cursor on it")

        _ = reducer.press(&state, .char("'"), .char("z"))
        XCTAssertEqual(state.message, StatusMessage("No mark z", isError: true))
        _ = reducer.press(&state, .char("m"), .char("1"))
        XCTAssertEqual(state.message?.text, "Marks are letters a–z and A–Z")
        XCTAssertEqual(state.input, .normal)
    }

    func testYankCopiesTheParagraphWithItsCitation() {
        var state = LinkedFixtures.meetingState(size: Size(width: 40, height: 12))
        _ = reducer.reduce(&state, .action(.goto(3)))
        _ = reducer.press(&state, KeyEvent(.tab), KeyEvent(.tab))  // a link inside paragraph 3
        let plain = reducer.press(&state, .char("y"))
        let p3 = LinkedFixtures.contactGroup.paragraphs[2].text
        let citation =
            "OIC Contact Group on the aggression of the Republic of Armenia against the Republic of Azerbaijan, New York, 19 September 2017, para. 3"
        XCTAssertEqual(plain, [.copy("\(p3)\n— \(citation)\n")])
        XCTAssertEqual(state.message?.text, "Copied with “\(citation)”")
        XCTAssertEqual(reducer.press(&state, .char("Y")), [.copy("> \(p3)\n\n— \(citation)\n")])

        // On a list, the selected item's paragraph, read whole from its record.
        LinkedFixtures.run(reducer.follow(.resolution(symbol: "S/RES/822 (1993)"), &state), &state)
        XCTAssertEqual(
            reducer.press(&state, .char("y")),
            [.copyPassage(PassageRef(meeting: LinkedFixtures.earlier.id, paragraphs: [1]), markdown: false)])
        XCTAssertEqual(reducer.press(&state, .char("e")), [.pagePassage(PassageRef(meeting: LinkedFixtures.earlier.id, paragraphs: [1]))])
    }

    /// `y` copies the cursor's paragraph, not the first one on screen: `:goto 4` then `y`.
    func testYankTakesTheCursorsParagraph() {
        var state = LinkedFixtures.meetingState(size: Size(width: 80, height: 24))
        _ = reducer.press(&state, .char("j"))
        guard case .copy(let second)? = reducer.press(&state, .char("y")).first else { return XCTFail("nothing copied") }
        XCTAssertTrue(second.hasPrefix(LinkedFixtures.contactGroup.paragraphs[1].text), second)
        _ = reducer.reduce(&state, .action(.goto(4)))
        guard case .copy(let fourth)? = reducer.press(&state, .char("y")).first else { return XCTFail("nothing copied") }
        let p4 = LinkedFixtures.contactGroup.paragraphs.first { $0.number == "4" }!
        XCTAssertTrue(fourth.hasPrefix(p4.text), fourth)
        XCTAssertTrue(fourth.hasSuffix("para. 4\n"), fourth)
    }

    func testPagerGetsTheMeetingTextAtTheCursor() {
        var state = LinkedFixtures.meetingState()
        _ = reducer.reduce(&state, .action(.goto(3)))
        guard case .showInPager(let text, let line)? = reducer.press(&state, .char("e")).first else { return XCTFail() }
        XCTAssertTrue(text.hasPrefix(LinkedFixtures.contactGroup.title + "\n"), text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let line else { return XCTFail("no line to open the pager at") }
        XCTAssertTrue(lines[line - 1].hasPrefix("3. Foreign Minister Mammadyarov"), String(lines[line - 1]))
        XCTAssertTrue(BrowserRuntime.takesLineArgument("less -R"))
        XCTAssertTrue(BrowserRuntime.takesLineArgument("/usr/bin/less"))
        XCTAssertFalse(BrowserRuntime.takesLineArgument("cat"))
    }

    /// Marks survive a restart through the file; copying goes to the terminal; the pager
    /// runs with the terminal suspended and the screen is repainted after.
    func testRuntimeKeepsMarksAndCopiesAndPages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-marks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let marks = folder.appendingPathComponent(".plenary/marks.json")
        let source = InMemoryMeetingSource(name: "mem", meetings: LinkedFixtures.meetings)

        let first = InMemoryTerminal(size: Size(width: 80, height: 24))
        let runtime = BrowserRuntime(terminal: first, source: source, linked: LinkedFixtures.linked, marksFile: marks)
        runtime.start()
        runtime.loop(stopWhenIdle: true)
        first.pendingEvents = [KeyEvent(.enter)]
        runtime.loop(stopWhenIdle: true)
        first.pendingEvents = [.char("m"), .char("q"), .char("y")]
        runtime.loop(stopWhenIdle: true)
        XCTAssertTrue(FileManager.default.fileExists(atPath: marks.path))
        XCTAssertEqual(first.clipboard.count, 1)
        setenv("PAGER", "true", 1)
        defer { unsetenv("PAGER") }
        first.pendingEvents = [.char("e")]
        runtime.loop(stopWhenIdle: true)
        XCTAssertEqual(first.suspensions, 1)
        XCTAssertGreaterThanOrEqual(first.invalidations, 1)
        XCTAssertNil(runtime.state.message?.isError == true ? runtime.state.message : nil)

        let second = InMemoryTerminal(size: Size(width: 80, height: 24))
        let again = BrowserRuntime(terminal: second, source: source, linked: LinkedFixtures.linked, marksFile: marks)
        again.start()
        again.loop(stopWhenIdle: true)
        XCTAssertNotNil(again.state.marks["q"], "the mark came back from the file")
        second.pendingEvents = [.char("'"), .char("q")]
        again.loop(stopWhenIdle: true)
        XCTAssertEqual(again.state.screenKind, .meeting)

        // A damaged file: one line in the status bar, no marks, no crash.
        try Data("not json".utf8).write(to: marks)
        let third = BrowserRuntime(terminal: InMemoryTerminal(size: Size(width: 80, height: 24)), source: source, marksFile: marks)
        third.start()
        XCTAssertEqual(third.state.message?.isError, true)
        XCTAssertTrue(third.state.marks.isEmpty)
    }
}

/// A source answering twice (cached summaries, then the verified list), like the store.
private struct TwoAnswerSource: MeetingSource {
    let inner = InMemoryMeetingSource(name: "mem", meetings: LinkedFixtures.meetings)
    var name: String { inner.name }
    func quickCatalog() -> MeetingCatalog? { inner.catalog() }
    func catalog() -> MeetingCatalog { inner.catalog() }
    func meeting(id: String) throws -> Meeting { try inner.meeting(id: id) }
}

final class RuntimeLinkedLoadTests: XCTestCase {
    /// After a catalogue that came in two answers, a linked page's answer is still awaited
    /// and drawn (the runtime's count of work in flight stays right).
    func testLinkedPageArrivesAfterATwoPartCatalogue() {
        let terminal = InMemoryTerminal(size: Size(width: 80, height: 24))
        let meetings = LinkedFixtures.meetings
        // A registry that takes a moment, as a store's does.
        let slow = LinkedData(
            meeting: { id in try InMemoryMeetingSource(meetings: meetings).meeting(id: id) },
            summaries: { meetings.map(MeetingSummary.init) },
            registry: {
                Thread.sleep(forTimeInterval: 0.05); return Registry.build(meetings.map(MeetingDigest.init))
            },
            catalog: { Catalog() }, searchIndex: nil)
        let runtime = BrowserRuntime(terminal: terminal, source: TwoAnswerSource(), linked: slow)
        runtime.start()
        runtime.loop(stopWhenIdle: true)
        terminal.type(":speaker mammadyarov")
        terminal.pendingEvents.append(KeyEvent(.enter))
        runtime.loop(stopWhenIdle: true)
        XCTAssertTrue(terminal.lastFrame?.grid.text.contains("2 statements in 2 meetings") == true, terminal.lastFrame?.grid.text ?? "")
    }
}
