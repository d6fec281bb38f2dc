import Foundation
import PlenaryModel
import PlenaryTestSupport
import XCTest

/// Issue 12, rows 3–6: text from outside (catalogue fields, documents, arguments) never reaches
/// a terminal as controls, escape sequences or bidi overrides, and never enters stored text.
final class HostileTextCommandTests: XCTestCase {
    /// OSC 52 clipboard write, OSC 0 title, ESC c reset, a C1 CSI, a bidi override, BEL.
    static let payload = "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}\u{1B}]0;pwned\u{07}\u{1B}c\u{9B}31m\u{202E}x\u{202C}"

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func plenary(_ arguments: String...) throws -> PlenaryRun { try PlenaryProcess.run(arguments, in: folder) }

    /// Raw controls (newline aside), C1 controls and bidi controls in `text`, as code points.
    private func unsafe(_ text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A) || (v >= 0x7F && v <= 0x9F) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// Runs `plenary arguments…` on a pseudo-terminal (`script -qc`), returns what the terminal got.
    /// `keepingErrors: false` sends standard error elsewhere (a search's own progress line
    /// moves the cursor on purpose).
    private func onTerminal(_ arguments: [String], keepingErrors: Bool = true) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("SKIP: script(1) not installed") }
        let binary = try PlenaryBinary.require().path
        let command =
            ([binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            + (keepingErrors ? "" : " 2>/dev/null")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["PLENARY_WATCH"] = "off"
        env["PLENARY_STORE"] = nil
        env["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // The terminal turns each newline into CR LF; a CR of the text itself stands alone.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    private func writeMeeting(_ meeting: Meeting) throws {
        let url = folder.appendingPathComponent("s/meetings/\(meeting.date.prefix(4))/\(meeting.id).json")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try RecordCoding.encode(meeting).write(to: url)
    }

    /// A record written before the importer cleaned text (or by hand): its controls are shown
    /// as visible symbols, in `show`, `list`, `export` and `search` on a terminal.
    private func hostileRecord() -> Meeting {
        Meeting(
            id: "2020-01-10-un-hostile", title: "Hostile " + Self.payload + " title", date: "2020-01-10", organization: "UN",
            body: "Security Council", paragraphs: [Paragraph(index: 1, number: "1", text: "Peace\r and \(Self.payload) security.")])
    }

    func testHostileCatalogueFieldIsInertOnATerminal() throws {
        XCTAssertEqual(try plenary("init", "s").status, 0)
        let tsv =
            "resolution\tsymbol\tres_year\tdate\tmeeting_record\tpress_release\ttopic\tvote\n"
            + "822\tS/RES/822 (1993)\t1993\t1993-04-30\tS/PV.3205\t\tNagorny \(Self.payload) Karabakh\t15-0-0\(Self.payload)\n"
        try tsv.write(to: folder.appendingPathComponent("r.tsv"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try plenary("catalog", "import", "--store", "s", "r.tsv").status, 0)
        let shown = try onTerminal(["show", "--store", "s", "S/RES/822"])
        XCTAssertEqual(unsafe(shown), [], shown)
        XCTAssertTrue(shown.contains("Topic: Nagorny"), shown)
        XCTAssertTrue(shown.contains("Vote: 15-0-0"), shown)
        let json = try plenary("show", "--store", "s", "S/RES/822", "--json")
        XCTAssertEqual(unsafe(json.stdout), [], json.stdout)
    }

    func testHostileRecordShowsVisibleEscapesOnATerminal() throws {
        XCTAssertEqual(try plenary("init", "s").status, 0)
        try writeMeeting(hostileRecord())
        for arguments in [
            ["show", "--store", "s", "2020-01-10-un-hostile"], ["list", "--store", "s"],
            ["export", "--store", "s", "--format", "markdown"], ["export", "--store", "s", "--format", "csv"],
            ["search", "--store", "s", "security"], ["timeline", "--store", "s", "--body", "Security Council"],
        ] {
            // A search marks its matches bold itself: those two sequences are its own.
            let shown = try onTerminal(arguments, keepingErrors: arguments[0] != "search")
                .replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
            XCTAssertEqual(unsafe(shown), [], "\(arguments): \(shown)")
            XCTAssertFalse(shown.contains("pwned\u{07}"), shown)
        }
        XCTAssertTrue(try onTerminal(["show", "--store", "s", "2020-01-10-un-hostile"]).contains("␛]0;pwned␇"))
    }

    func testJSONEscapesC1AndBidiControls() throws {
        XCTAssertEqual(try plenary("init", "s").status, 0)
        let meeting = hostileRecord()
        try writeMeeting(meeting)
        let json = try plenary("show", "--store", "s", meeting.id, "--json")
        XCTAssertEqual(json.status, 0, json.stderr)
        XCTAssertEqual(unsafe(json.stdout), [], json.stdout)
        XCTAssertTrue(json.stdout.contains("\\u009B31m\\u202Ex\\u202C"), json.stdout)
        XCTAssertEqual(
            try RecordCoding.decode(Meeting.self, from: Data(json.stdout.utf8)).title, meeting.title, "the escapes decode to the same text")
    }

    func testErrorMessagesRepeatArgumentsSafely() throws {
        XCTAssertEqual(try plenary("init", "s").status, 0)
        try writeMeeting(hostileRecord())
        let bad = "x" + Self.payload
        let runs: [[String]] = [
            ["show", "--store", "s", bad], ["show", "--store", "s", "person:" + bad], ["show", "--store", "s", "S/RES/" + bad],
            ["export", "--store", "s", "--person", bad], ["compare", "--store", "s", bad, "2020-01-10-un-hostile"],
            ["search", "--store", "s", "country:" + bad], ["list", "--store", "s", "--from", bad], ["list", "--store", bad],
            ["import", "--store", "s", bad],
        ]
        for arguments in runs {
            let r = try PlenaryProcess.run(arguments, in: folder)
            XCTAssertNotEqual(r.status, 0, "\(arguments)")
            XCTAssertEqual(unsafe(r.stderr), [], "\(arguments): \(r.stderr.debugDescription)")
            XCTAssertTrue(r.stderr.contains("␛"), "\(arguments) names the argument with visible escapes: \(r.stderr)")
        }
    }

    /// Controls decoded from HTML entities (`&#155;`, `&#x202E;`, `&#x85;`) are not stored.
    func testImportedHTMLStoresNoControlsFromEntities() throws {
        XCTAssertEqual(try plenary("init", "s").status, 0)
        let html =
            "<html><body><h1>Communiqu&#233; &#155;31m of the Council</h1>"
            + "<p>The Council met on 3 March 2020 in New York with &#x202E;reversed&#x202C; text, a &#x85; NEL, &#x9D;0;t&#x9C; OSC "
            + "and &#x2066;isolates&#x2069;.</p></body></html>"
        try html.write(to: folder.appendingPathComponent("d.html"), atomically: true, encoding: .utf8)
        let r = try plenary("import", "--store", "s", "--force", "d.html")
        XCTAssertEqual(r.status, 0, r.stderr)
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("s/meetings").path).filter {
            $0.hasSuffix(".json")
        }
        XCTAssertEqual(files.count, 1)
        let meeting = try RecordCoding.decode(Meeting.self, from: Data(contentsOf: folder.appendingPathComponent("s/meetings/" + files[0])))
        let stored = ([meeting.title] + meeting.paragraphs.map(\.text)).joined(separator: "\n")
        XCTAssertEqual(unsafe(stored), [], stored)
        XCTAssertTrue(stored.contains("reversed"), stored)
    }
}

/// Issue 12, row 12: names that are not UTF-8 are named in an error, never skipped, and
/// `init` never creates a folder under another name.
final class NonUTF8NameTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// Runs `script` in sh inside the folder (printf makes the raw bytes Swift cannot pass).
    private func sh(_ script: String) throws -> PlenaryRun {
        let binary = try PlenaryBinary.require().path
        return try PlenaryProcess.runShell(script.replacingOccurrences(of: "PLENARY", with: "'\(binary)'"), in: folder)
    }

    func testNamesThatAreNotUTF8AreReportedAndInitCreatesNothingElse() throws {
        XCTAssertEqual(try PlenaryProcess.run(["init", "s"], in: folder).status, 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        let text = "The Council met on 3 March 2020 in New York.\n\n1. The Council discussed peace.\n"
        _ = try sh("printf '\(text.replacingOccurrences(of: "\n", with: "\\n"))' > \"docs/$(printf 'bad\\377.txt')\"")
        try text.replacingOccurrences(of: "3 March", with: "4 March").write(
            to: folder.appendingPathComponent("docs/good.txt"), atomically: true, encoding: .utf8)

        let walked = try sh("PLENARY import --store s --force docs")
        XCTAssertEqual(walked.status, 1)
        XCTAssertTrue(walked.stderr.contains("docs/bad\\xFF.txt: the file name is not UTF-8"), walked.stderr)
        let named = try sh("PLENARY import --store s --force \"docs/$(printf 'bad\\377.txt')\"")
        XCTAssertEqual(named.status, 1)
        XCTAssertTrue(named.stderr.contains("docs/bad\\xFF.txt: the file name is not UTF-8"), named.stderr)

        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let initialised = try sh("PLENARY init \"$(printf 'st\\376')\"")
        XCTAssertEqual(initialised.status, 1)
        XCTAssertTrue(initialised.stderr.contains("st\\xFE: the path is not UTF-8"), initialised.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), before, "no folder under another name")
    }
}
