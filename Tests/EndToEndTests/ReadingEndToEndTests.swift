import Foundation
import PlenaryTestSupport
import XCTest

/// Issue 15, in tmux on a store built here from ../shared: the 63 Security Council verbatim
/// records of 2020 with the Council's catalogue, and the OIC seed press release. The paragraph
/// cursor and `y`, whole paragraphs from search results, `e` with a pager that exits at once,
/// citation lines, `:country` by name, S/PV symbols, the catalogue's outcome, speaker turns,
/// Tab to a link below the screen, and `c` by agenda item. Skipped, with a line saying so,
/// when ../shared is absent.
final class ReadingEndToEndTests: XCTestCase {
    static let shared = SharedFolder.url
    static let speeches = shared.appendingPathComponent("corpora/unsc-speeches-2020/speeches")
    static let catalogue = shared.appendingPathComponent("corpora/unsc-meetings-catalogue")
    static let seed = shared.appendingPathComponent("seeds/000_e75200cd4ef5a06a.txt")
    static let seedBody = "OIC Contact Group on the aggression of the Republic of Armenia against the Republic of Azerbaijan"

    /// Built once for the class: importing 63 records takes a while in a debug build.
    nonisolated(unsafe) private static var store: URL?
    nonisolated(unsafe) private static var storeProblem: String?
    private var tmux: TmuxSession?

    override class func setUp() {
        super.setUp()
        let fm = FileManager.default
        for needed in [speeches, catalogue, seed] where !fm.fileExists(atPath: needed.path) {
            storeProblem = "SKIP: \(needed.path) is absent; the reading tests need ../shared"
            print(storeProblem!)
            return
        }
        let folder = fm.temporaryDirectory.appendingPathComponent("plenary-e2e-reading-\(UUID().uuidString)")
        do {
            let binary = try PlenaryBinary.require()
            for arguments in [
                ["init", folder.path], ["catalog", "import", "--store", folder.path, catalogue.path],
                ["import", "--store", folder.path, speeches.path], ["import", "--store", folder.path, seed.path],
            ] {
                let status = run(binary, arguments)
                guard status == 0 else {
                    storeProblem = "plenary \(arguments.prefix(2).joined(separator: " ")) failed with status \(status)"
                    return
                }
            }
            store = folder
        } catch {
            storeProblem = "\(error)"
        }
    }

    override class func tearDown() {
        if let store { try? FileManager.default.removeItem(at: store) }
        super.tearDown()
    }

    override func tearDown() {
        tmux?.kill()
        tmux = nil
        super.tearDown()
    }

    private static func run(_ binary: URL, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The browser on the store in a fresh tmux window whose clipboard takes OSC 52.
    private func browser(width: Int = 100, height: Int = 30, environment: String = "") throws -> TmuxSession {
        guard let store = Self.store else {
            if let problem = Self.storeProblem, problem.hasPrefix("SKIP") { throw XCTSkip(problem) }
            XCTFail(Self.storeProblem ?? "no store")
            throw XCTSkip("no store")
        }
        let session = try TmuxSession()
        tmux = session
        let binary = try PlenaryBinary.require().path
        try session.start(
            "env LANG=C.UTF-8 LC_ALL= TERM=tmux-256color PLENARY_STORE= PLENARY_WATCH=off NO_COLOR= XDG_CONFIG_HOME=/nonexistent \(environment) '\(binary)' --store '\(store.path)'; echo PLENARY-EXIT=$?; exec sh",
            width: width, height: height, directory: store)
        session.tmux(["set-option", "-g", "set-clipboard", "on"])
        session.waitFor(text: "Enter open")
        return session
    }

    /// Filters the list down to one meeting and opens it.
    private func open(_ filter: String, _ tmux: TmuxSession, expecting: String) {
        tmux.keys("f")
        tmux.type(filter)
        tmux.keys("Enter")
        tmux.waitFor(text: "filter “\(filter)”: 1")
        tmux.keys("Enter")
        tmux.waitFor(text: expecting)
        tmux.waitFor(text: "Tab links")
    }

    private func status(_ tmux: TmuxSession) -> String {
        tmux.capture().split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }

    /// Presses `key` and waits until the status line changes.
    private func press(_ key: String, _ tmux: TmuxSession) {
        let before = status(tmux)
        tmux.keys(key)
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline && status(tmux) == before { usleep(20_000) }
    }

    /// What the last OSC 52 copy put in tmux's buffer.
    private func clipboard(_ tmux: TmuxSession, containing what: String) -> String {
        let deadline = Date().addingTimeInterval(TmuxSession.timeout)
        var text = ""
        while Date() < deadline {
            text = tmux.tmux(["show-buffer"]).output
            if text.contains(what) { return text }
            usleep(20_000)
        }
        XCTFail("the clipboard never held “\(what)”; it held:\n\(text)")
        return text
    }

    // MARK: The cursor and citations

    func testCursorAndYankOnTheFourthParagraphOfARecord() throws {
        let tmux = try browser()
        open("S/PV.8719", tmux, expecting: "S/PV.8719")
        tmux.keys("j", "j", "j")
        tmux.waitFor(text: "¶#4")
        tmux.keys("y")
        let copied = clipboard(tmux, containing: "para. 4")
        XCTAssertTrue(copied.hasPrefix("Libya still faces multiple challenges"), copied)
        XCTAssertTrue(copied.hasSuffix("— China (Mr. Wu Haitao), S/PV.8719, 11 February 2020, para. 4\n"), copied)
        tmux.waitFor(text: "Copied with “China (Mr. Wu Haitao), S/PV.8719")
        // `:goto 2` moves the cursor there too.
        tmux.keys(":")
        tmux.type("goto 2")
        tmux.keys("Enter")
        tmux.waitFor(text: "¶#2")
        tmux.keys("Y")
        let markdown = clipboard(tmux, containing: "para. 2")
        XCTAssertTrue(markdown.hasPrefix("> The draft resolution received 14 votes"), markdown)
        XCTAssertTrue(markdown.contains("[S/PV.8719](https://undocs.org/S/PV.8719), 11 February 2020, para. 2"), markdown)
    }

    func testCitationLineOfAPressReleaseParagraph() throws {
        let tmux = try browser()
        open("armenia 2017", tmux, expecting: "CONTACT GROUP")
        tmux.keys(":")
        tmux.type("3")
        tmux.keys("Enter")
        tmux.waitFor(text: "¶3 ·")
        tmux.keys("y")
        let copied = clipboard(tmux, containing: "para. 3")
        XCTAssertTrue(copied.hasSuffix("— \(Self.seedBody), New York, 19 September 2017, para. 3\n"), copied)
        XCTAssertTrue(copied.contains("822 (1993)"), copied)
    }

    func testYankOnASearchResultCopiesTheWholeParagraph() throws {
        let tmux = try browser()
        tmux.keys("s")
        tmux.type("2254 withhold")
        tmux.waitFor(text: "Norman-Chalet")
        tmux.keys("Enter")
        tmux.waitFor(text: "Enter open")
        tmux.keys("y")
        let copied = clipboard(tmux, containing: "S/PV.8708")
        // The whole paragraph: from its first words to the end, not a 320-character window.
        XCTAssertTrue(copied.contains("resolution 2254 (2015), the United States will continue"), copied)
        XCTAssertGreaterThan(copied.count, 600, copied)
        XCTAssertTrue(copied.hasSuffix("S/PV.8708, 29 January 2020, para. 16\n"), copied)
    }

    func testPagerThatExitsAtOnceLeavesTheTextUntilAKey() throws {
        let tmux = try browser(environment: "PAGER=cat")
        open("S/PV.8719", tmux, expecting: "S/PV.8719")
        tmux.keys("e")
        let screen = tmux.waitFor(text: "press any key to return")
        XCTAssertTrue(screen?.contains("The meeting rose at 3.20 p.m.") == true, screen ?? "")
        XCTAssertEqual(tmux.paneFormat("#{alternate_on}"), "0", "the text is on the normal screen")
        tmux.keys("x")
        tmux.waitFor(text: "Tab links")
        XCTAssertFalse(tmux.capture().contains("press any key"), "back to the browser")
    }

    // MARK: Names and the Council's structure

    func testCountryByName() throws {
        let tmux = try browser()
        tmux.keys(":")
        tmux.type("country Azerbaijan")
        tmux.keys("Enter")
        tmux.waitFor(text: "Country › Azerbaijan (AZE)")
        tmux.keys(":")
        tmux.type("country Atlantis")
        tmux.keys("Enter")
        tmux.waitFor(text: "No country called “Atlantis”")
        XCTAssertTrue(tmux.capture().contains("Country › Azerbaijan (AZE)"), "the screen stays as it was")
    }

    func testRecordAndItsResumptionAreTwoDistinctRows() throws {
        let tmux = try browser()
        tmux.keys("f")
        tmux.type("8706")
        tmux.keys("Enter")
        guard let screen = tmux.waitFor(text: "filter “8706”: 2") else { return }
        let rows = screen.split(separator: "\n").filter { $0.contains("S/PV.8706") }
        XCTAssertEqual(rows.count, 2, screen)
        XCTAssertTrue(rows.contains { $0.contains("S/PV.8706 R1") }, screen)
        XCTAssertTrue(rows.contains { $0.contains("S/PV.8706  ") }, screen)
        tmux.keys("j", "Enter")
        tmux.waitFor(text: "Meetings › S/PV.8706 (Resumption 1) · 2020-01-21")
    }

    func testOutcomeOfTheRecordFromTheCatalogue() throws {
        let tmux = try browser()
        open("S/PV.8758", tmux, expecting: "S/PV.8758")
        let screen = tmux.waitFor(text: "Outcome: S/RES/2542 (2020) 13-0-2")
        XCTAssertTrue(screen?.contains("Agenda: The situation in Libya") == true, screen ?? "")
    }

    // MARK: Navigation

    func testNextSpeakerTurn() throws {
        let tmux = try browser()
        open("S/PV.8710", tmux, expecting: "S/PV.8710")
        tmux.waitFor(text: "¶#1 ·")
        press("}", tmux)
        XCTAssertTrue(status(tmux).contains("Speaker: Salame"), status(tmux))
        XCTAssertTrue(status(tmux).contains("¶#2 ·"), status(tmux))
        press("}", tmux)
        XCTAssertTrue(status(tmux).contains("Speaker: President"), status(tmux))
        XCTAssertTrue(status(tmux).contains("¶#19 ·"), status(tmux))
        press("{", tmux)
        XCTAssertTrue(status(tmux).contains("Speaker: Salame"), status(tmux))
    }

    func testTabReachesAResolutionBelowTheScreenInTheSeed() throws {
        let tmux = try browser(width: 80, height: 24)
        open("armenia 2017", tmux, expecting: "CONTACT GROUP")
        var reached = false
        for _ in 0..<60 where !reached {
            press("Tab", tmux)
            reached = status(tmux).contains("S/RES/822 (1993)")
        }
        XCTAssertTrue(reached, "Tab never reached 822 (1993): \(status(tmux))")
        XCTAssertTrue(tmux.capture().contains("822 (1993)"), "scrolled to the link")
    }

    func testCompareALibyaMeetingWithThePreviousLibyaMeeting() throws {
        let tmux = try browser()
        open("S/PV.8758", tmux, expecting: "S/PV.8758")
        tmux.keys("c")
        let screen = tmux.waitFor(text: "2020-09-15 against 2020-02-11 (2020-02-11-unsc-s-pv-8719)")
        XCTAssertTrue(screen?.contains("Compare ›") == true, screen ?? "")
    }

    func testTimelineOfALibyaMeetingIsItsAgendaItem() throws {
        let tmux = try browser(width: 120, height: 30)
        open("S/PV.8758", tmux, expecting: "S/PV.8758")
        tmux.keys("t")
        guard let screen = tmux.waitFor(text: "Timeline › The situation in Libya — Security Council") else { return }
        tmux.waitFor(text: "S/PV.8758")
        let shown = tmux.capture()
        for record in ["S/PV.8710", "S/PV.8719", "S/PV.8758"] { XCTAssertTrue(shown.contains(record), shown) }
        XCTAssertTrue(shown.contains("adopted S/RES/2542 (2020) 13-0-2"), shown)
        XCTAssertFalse(shown.contains("S/PV.8757"), "no Yemen meeting: \(screen)")
    }

    func testCompareOnTheSeedSaysWhyAndStays() throws {
        let tmux = try browser()
        open("armenia 2017", tmux, expecting: "CONTACT GROUP")
        tmux.keys("c")
        let screen = tmux.waitFor(text: "no earlier meeting of")
        XCTAssertTrue(screen?.contains("Meetings › 2017-09-19") == true, "still on the meeting: \(screen ?? "")")
        XCTAssertFalse(screen?.contains("Cannot open") == true, screen ?? "")
        tmux.keys("j")
        tmux.waitFor("the message cleared by the next key") { !$0.contains("no earlier meeting of") }
    }
}
