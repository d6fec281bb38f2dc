import Foundation
import PlenaryModel
@testable import PlenaryBrowser
import PlenaryRegistry
import TerminalUI
import XCTest

/// Marks (set, jump, kept between runs), `y`/`Y` copying with a citation line, `e` paging.
final class MarksYankPagerTests: XCTestCase {
    let reducer = Reducer()

    private func press(_ state: inout AppState, _ keys: KeyEvent...) -> [Effect] {
        keys.flatMap { reducer.reduce(&state, .key($0)) }
    }

    func testMarkAndJumpBack() {
        var state = LinkedFixtures.meetingState(size: Size(width: 40, height: 12))
        _ = reducer.reduce(&state, .action(.goto(3)))
        let effects = press(&state, .char("m"), .char("a"))
        let mark = Mark.meeting(id: LinkedFixtures.contactGroup.id, date: "2017-09-19", paragraph: 3)
        XCTAssertEqual(effects, [.saveMarks(["a": mark])], "saved as soon as set")
        XCTAssertEqual(state.message?.text, "Mark a: \(LinkedFixtures.contactGroup.id) ¶3")

        LinkedFixtures.run(reducer.follow(.speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id), &state), &state)
        _ = press(&state, .char("m"), .char("B"))
        XCTAssertEqual(state.marks["B"], .link(.speaker(id: "mammadyarov", meeting: LinkedFixtures.contactGroup.id)))

        LinkedFixtures.run(press(&state, .char("'"), .char("a")), &state)
        guard case .meeting(let screen) = state.screen else { return XCTFail("not on the meeting") }
        XCTAssertEqual(screen.firstVisibleParagraph(size: state.size), 3, "back at paragraph 3")

        _ = press(&state, .char("'"), .char("z"))
        XCTAssertEqual(state.message, StatusMessage("No mark z", isError: true))
        _ = press(&state, .char("m"), .char("1"))
        XCTAssertEqual(state.message?.text, "Marks are letters a–z and A–Z")
        XCTAssertEqual(state.input, .normal)
    }

    func testYankCopiesTheParagraphWithItsCitation() {
        var state = LinkedFixtures.meetingState(size: Size(width: 40, height: 12))
        _ = reducer.reduce(&state, .action(.goto(3)))
        _ = press(&state, KeyEvent(.tab), KeyEvent(.tab))     // a link inside paragraph 3
        let plain = press(&state, .char("y"))
        let p3 = LinkedFixtures.contactGroup.paragraphs[2].text
        let citation = "\(LinkedFixtures.contactGroup.title), 2017-09-19, ¶3"
        XCTAssertEqual(plain, [.copy("\(p3)\n— \(citation)\n")])
        XCTAssertEqual(press(&state, .char("Y")), [.copy("> \(p3)\n\n— \(citation)\n")])

        // On a list, the selected item.
        LinkedFixtures.run(reducer.follow(.resolution(symbol: "S/RES/822 (1993)"), &state), &state)
        guard case .copy(let text)? = press(&state, .char("y")).first else { return XCTFail() }
        XCTAssertTrue(text.hasPrefix(LinkedFixtures.earlier.paragraphs[0].text), text)
        XCTAssertTrue(text.hasSuffix("— \(LinkedFixtures.earlier.title), 2015-09-28, ¶1\n"), text)
    }

    func testPagerGetsTheMeetingText() {
        var state = LinkedFixtures.meetingState()
        guard case .showInPager(let text)? = press(&state, .char("e")).first else { return XCTFail() }
        XCTAssertTrue(text.hasPrefix(LinkedFixtures.contactGroup.title + "\n"), text)
        XCTAssertTrue(text.contains("3. Foreign Minister Mammadyarov"), text)
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
        let slow = LinkedData(meeting: { id in try InMemoryMeetingSource(meetings: meetings).meeting(id: id) },
                              summaries: { meetings.map(MeetingSummary.init) },
                              registry: { Thread.sleep(forTimeInterval: 0.05); return Registry.build(meetings.map(MeetingDigest.init)) },
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
