import Foundation
import PlenaryTestSupport
import XCTest

/// Drives the built `plenary` binary in tmux like a user: a private socket, a fixed size,
/// LANG=C.UTF-8, waiting for expected text on the screen.
final class EndToEndTests: XCTestCase {
    static let seedTitle = "CONTACT GROUP MEETING ON THE AGGRESSION OF THE REPUBLIC OF ARMENIA AGAINST THE REPUBLIC OF AZERBAIJAN"
    static let resolutions = ["822 (1993)", "853 (1993)", "874 (1993)", "884 (1993)"]

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The shell line that runs plenary, then reports its exit status and leaves a shell.
    private func command(_ arguments: String) throws -> String {
        let binary = try PlenaryBinary.require().path
        return
            "env LANG=C.UTF-8 LC_ALL= TERM=tmux-256color PLENARY_STORE= PLENARY_WATCH=off NO_COLOR= '\(binary)' \(arguments); echo PLENARY-EXIT=$?; exec sh"
    }

    // MARK: Without a terminal

    func testWithoutATerminalPrintsOneLineAndExits2() throws {
        let process = Process()
        process.executableURL = try PlenaryBinary.require()
        process.arguments = ["--store", folder.path]
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertEqual(stderr.split(separator: "\n").count, 1, stderr)
        XCTAssertTrue(stderr.hasPrefix("plenary: "), stderr)
        for subcommand in ["list", "show", "check"] { XCTAssertTrue(stderr.contains(subcommand), stderr) }
    }

    func testDumbTerminalIsRefused() throws {
        let tmux = try TmuxSession()
        defer { tmux.kill() }
        let binary = try PlenaryBinary.require().path
        try tmux.start(
            "env TERM=dumb '\(binary)' --store '\(folder.path)'; echo PLENARY-EXIT=$?; exec sh", width: 100, height: 10, directory: folder)
        let screen = tmux.waitFor(text: "PLENARY-EXIT=2")
        XCTAssertTrue(screen?.contains("plenary: TERM is \"dumb\"") == true, screen ?? "")
    }

    // MARK: A store made here

    func testBrowsingATemporaryStore() throws {
        let store = folder.appendingPathComponent("store")
        try TestStore.write(to: store)
        try runScenario(
            storeArgument: "--store '\(store.path)'", directory: folder, title: "CONTACT GROUP MEETING ON THE AGGRESSION",
            filter: "armenia", speaker: "Mammadyarov — Foreign Minister, Azerbaijan")
    }

    // MARK: The default store data/

    func testSeedMeetingInDataStore() throws {
        let data = PackageRoot.url.appendingPathComponent("data")
        guard FileManager.default.fileExists(atPath: data.appendingPathComponent("plenary-store.json").path) else {
            throw XCTSkip("SKIP: data/ is not a store (no plenary-store.json)")
        }
        guard Self.holdsSeed(data) else {
            throw XCTSkip(
                "SKIP: data/ does not hold the seed meeting yet (\"\(Self.seedTitle.prefix(40))…\", 2017-09-19); it arrives with the importer"
            )
        }
        try runScenario(
            storeArgument: "", directory: PackageRoot.url, title: "CONTACT GROUP MEETING ON THE AGGRESSION",
            filter: "aggression armenia azerbaijan 2017-09-19", speaker: "Mammadyarov")
    }

    static func holdsSeed(_ data: URL) -> Bool {
        let year = data.appendingPathComponent("meetings/2017")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: year.path) else { return false }
        return files.contains { name in
            guard name.hasSuffix(".json"), let text = try? String(contentsOf: year.appendingPathComponent(name), encoding: .utf8) else {
                return false
            }
            return text.contains(seedTitle) && text.contains("\"2017-09-19\"")
        }
    }

    /// Open, find the meeting, read paragraph 3 with its speaker and the four resolutions
    /// highlighted, search "ceasefire", resize and come back to the same place, shrink to
    /// the notice, quit, and check the terminal is restored.
    private func runScenario(
        storeArgument: String, directory: URL, title: String, filter: String, speaker: String,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let tmux = try TmuxSession()
        defer { tmux.kill() }
        try tmux.start(try command(storeArgument), width: 80, height: 24, directory: directory)
        tmux.waitFor(text: "Enter open")
        tmux.keys("f")
        tmux.type(filter)
        tmux.keys("Enter")
        guard tmux.waitFor(text: title) != nil else { return }

        tmux.keys("Enter")
        tmux.waitFor(text: "Meetings ›")
        tmux.waitFor(text: "Tab links")
        tmux.keys(":")
        tmux.type("3")
        tmux.keys("Enter")
        let paragraph = tmux.waitFor("paragraph 3 at the top, the cursor on it") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count > 3 && rows.prefix(4).contains { $0.contains(speaker) } && screen.contains("▌  3  ")
        }
        XCTAssertNotNil(paragraph, file: file, line: line)
        let styled =
            tmux.waitFor("the four resolutions", escapes: true) { screen in
                Self.resolutions.allSatisfy { screen.contains($0) }
            } ?? ""
        for resolution in Self.resolutions {
            // A style change right before the surface: it is drawn as a link.
            let escaped = NSRegularExpression.escapedPattern(for: resolution)
            XCTAssertNotNil(
                styled.range(of: "\u{1B}\\[[0-9;]*m" + escaped, options: .regularExpression),
                "\(resolution) is not highlighted", file: file, line: line)
        }

        // Search within the meeting; the status line counts the matches.
        tmux.keys("/")
        tmux.type("ceasefire")
        tmux.keys("Enter")
        let searched = tmux.waitFor("a match count") { $0.range(of: "[0-9]+/[0-9]+ · ¶", options: .regularExpression) != nil }
        XCTAssertNotNil(searched, file: file, line: line)
        tmux.keys("Escape")
        // Wait for Esc to land: a key sent right behind it would read as Alt+key.
        tmux.waitFor("the search cleared") { !$0.contains("/ceasefire") }
        tmux.keys(":")
        tmux.type("3")
        tmux.keys("Enter")
        // :3 puts the speaker heading of paragraph 3 on the first row.
        guard
            let before = tmux.waitFor(
                "paragraph 3 again",
                { screen in
                    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
                    return rows.count > 1 && rows[1].contains(speaker) && !screen.contains("/ceasefire")
                })
        else { return }
        let topRow = before.split(separator: "\n", omittingEmptySubsequences: false)[1]

        // Resize to 40x12 and back: the same text stays on top.
        tmux.resize(width: 40, height: 12)
        tmux.waitFor("a 40-column screen") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count <= 13 && rows.contains { $0.contains("Tab links") } && rows.allSatisfy { $0.count <= 40 }
        }
        tmux.resize(width: 80, height: 24)
        // Polled until it holds (a capture may catch a half-drawn frame); a lost position times out.
        tmux.waitFor("the 80-column screen with the same top row", file: file, line: line) { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.contains { $0.count > 40 } && screen.contains("Tab links") && rows.count > 1 && rows[1] == topRow
        }

        // Too small: the notice.
        tmux.resize(width: 20, height: 5)
        tmux.waitFor(text: "Terminal too")
        tmux.resize(width: 80, height: 24)
        tmux.waitFor(text: "Tab links")

        // Back to the list at the same selection, then quit.
        tmux.keys("q")
        tmux.waitFor(text: "Enter open")
        tmux.keys("q")
        tmux.waitFor(text: "PLENARY-EXIT=0")
        assertRestored(tmux, file: file, line: line)
        tmux.type("echo prompt-$((40+2))")
        tmux.keys("Enter")
        tmux.waitFor(text: "prompt-42")
    }

    /// No alternate screen, cursor, mouse or keypad mode left behind, the tty modes back
    /// to cooked, and the shell answering.
    private func assertRestored(_ tmux: TmuxSession, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(
            tmux.paneFormat("#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag}"), "0 1 0 0",
            "alternate screen, cursor, mouse or keypad mode left behind", file: file, line: line)
        tmux.type("stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo|isig|icrnl|opost)' | tr '\\n' ' '; echo STTY-DONE")
        tmux.keys("Enter")
        let screen = tmux.waitFor("stty output") { $0.components(separatedBy: "STTY-DONE").count > 2 } ?? ""
        let output = screen.split(separator: "\n").last { $0.hasSuffix("STTY-DONE") && !$0.contains("grep") } ?? ""
        let modes = Set(output.split(separator: " ").map(String.init))
        for mode in ["icanon", "echo", "isig", "icrnl", "opost"] {
            XCTAssertTrue(modes.contains(mode), "\(mode) not restored: \(output)", file: file, line: line)
            XCTAssertFalse(modes.contains("-\(mode)"), "-\(mode) left behind", file: file, line: line)
        }
    }

    // MARK: Every way out restores the terminal

    func testSignalsAndCtrlCRestoreTheTerminal() throws {
        let store = folder.appendingPathComponent("store")
        try TestStore.write(to: store)
        for (signal, status) in [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130), (0, 0)] {
            let tmux = try TmuxSession()
            defer { tmux.kill() }
            try tmux.start(try command("--store '\(store.path)'"), width: 80, height: 24, directory: folder)
            tmux.waitFor(text: "Enter open")
            if signal == 0 {
                tmux.keys("C-c")  // raw mode: Ctrl-C is a key, and it quits
            } else {
                guard let shell = Int32(tmux.paneFormat("#{pane_pid}")), let pid = Self.child(of: shell, named: "plenary") else {
                    return XCTFail("cannot find the plenary process")
                }
                kill(pid, signal)
            }
            tmux.waitFor(text: "PLENARY-EXIT=\(status)")
            assertRestored(tmux)
        }
    }

    func testCtrlZStopsToTheShellAndFgComesBack() throws {
        guard let bash = TmuxSession.which("bash") else { throw XCTSkip("SKIP: bash is absent; Ctrl-Z needs a shell with job control") }
        let store = folder.appendingPathComponent("store")
        try TestStore.write(to: store)
        let tmux = try TmuxSession()
        defer { tmux.kill() }
        try tmux.start("env PS1='prompt> ' \(bash) --norc --noprofile -i", width: 80, height: 24, directory: folder)
        tmux.waitFor(text: "prompt>")
        let binary = try PlenaryBinary.require().path
        tmux.type(
            "env LANG=C.UTF-8 LC_ALL= TERM=tmux-256color PLENARY_STORE= PLENARY_WATCH=off NO_COLOR= '\(binary)' --store '\(store.path)'")
        tmux.keys("Enter")
        tmux.waitFor(text: "Enter open")
        tmux.keys("C-z")
        tmux.waitFor(text: "Stopped")
        assertRestored(tmux)
        tmux.type("fg")
        tmux.keys("Enter")
        tmux.waitFor(text: "Enter open")
        XCTAssertEqual(tmux.paneFormat("#{alternate_on}"), "1", "the browser's screen is back")
        tmux.keys("Q")
        tmux.waitFor("the shell back") { _ in tmux.paneFormat("#{alternate_on}") == "0" }
        tmux.type("echo PLENARY-EXIT=$?")
        tmux.keys("Enter")
        tmux.waitFor(text: "PLENARY-EXIT=0")
        XCTAssertEqual(tmux.paneFormat("#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag}"), "0 1 0 0")
    }

    func testCtrlZWithoutJobControlSaysSo() throws {
        let store = folder.appendingPathComponent("store")
        try TestStore.write(to: store)
        let tmux = try TmuxSession()
        defer { tmux.kill() }
        try tmux.start(try command("--store '\(store.path)'"), width: 80, height: 24, directory: folder)
        tmux.waitFor(text: "Enter open")
        tmux.keys("C-z")
        tmux.waitFor(text: "needs a shell with job control")
        tmux.keys("Q")
        tmux.waitFor(text: "PLENARY-EXIT=0")
    }

    /// The pid of a child process of `parent` whose command name is `name` (from /proc).
    static func child(of parent: Int32, named name: String) -> Int32? {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        for entry in entries {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
            else { continue }
            let comm = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if comm == name, fields.count > 1, Int32(fields[1]) == parent { return pid }
        }
        return nil
    }
}
