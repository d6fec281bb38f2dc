import Foundation
import PlenaryModel
import XCTest

/// Runs the built `plenary` binary as a user would: exit codes, one-line errors, --json.
final class CommandLineTests: XCTestCase {

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func plenary(_ arguments: String..., environment: [String: String] = [:]) throws -> PlenaryRun {
        try PlenaryProcess.run(arguments, in: folder, environment: environment)
    }

    private func writeMeeting(_ meeting: Meeting, store: String = "s") throws {
        let url = folder.appendingPathComponent("\(store)/meetings/\(meeting.date.prefix(4))/\(meeting.id).json")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try RecordCoding.encode(meeting).write(to: url)
    }

    private func sample(_ id: String, date: String, org: String, body: String) -> Meeting {
        Meeting(
            id: id, title: "Meeting \(id)", date: date, organization: org, body: body,
            people: [Person(id: "p", name: "Speaker")],
            paragraphs: [
                Paragraph(
                    index: 1, number: "1", text: "Recalling 822 (1993).", speakers: ["p"],
                    citations: [
                        Citation(
                            symbol: "S/RES/822 (1993)", surface: "822 (1993)", start: 10, end: 20,
                            rule: "test", resolved: true)
                    ])
            ])
    }

    func testVersionAndHelp() throws {
        let version = try plenary("--version")
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("0."))
        let help = try plenary("--help")
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("check"))
    }

    func testUsageErrorsExitTwoWithOneLine() throws {
        let run = try plenary("list", "--bogus")
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.hasPrefix("plenary: "), run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        XCTAssertEqual(try plenary("list", "--store", "s", "--from", "yesterday").status, 2)
    }

    func testInitListShowCheck() throws {
        XCTAssertEqual(try plenary("init", "s").status, 0)
        let again = try plenary("init", "s")
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("already a Plenary store"))

        try writeMeeting(sample("2017-09-19-oic-a", date: "2017-09-19", org: "OIC", body: "OIC Contact Group"))
        try writeMeeting(sample("2020-02-01-un-b", date: "2020-02-01", org: "UN", body: "Security Council"))

        let list = try plenary("list", "--store", "s")
        XCTAssertEqual(list.status, 0)
        XCTAssertEqual(list.stdout.split(separator: "\n").map { String($0.prefix(10)) }, ["2020-02-01", "2017-09-19"])

        let json = try plenary("list", "--store", "s", "--json", "--org", "oic")
        XCTAssertEqual(json.status, 0)
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(array.count, 1)
        XCTAssertEqual(array[0]["id"] as? String, "2017-09-19-oic-a")
        XCTAssertEqual(array[0]["citations"] as? Int, 1)
        XCTAssertEqual(array[0]["body"] as? String, "OIC Contact Group")

        XCTAssertEqual(try plenary("list", "--store", "s", "--from", "2018").stdout.split(separator: "\n").count, 1)
        XCTAssertEqual(try plenary("list", "--store", "s", "--to", "2017").stdout.split(separator: "\n").count, 1)
        XCTAssertTrue(try plenary("list", "--store", "s", "--body", "security").stdout.contains("2020-02-01-un-b"))

        let show = try plenary("show", "--store", "s", "2017-09-19-oic-a")
        XCTAssertEqual(show.status, 0)
        XCTAssertTrue(show.stdout.contains("Cites: S/RES/822 (1993)"), show.stdout)
        let showJSON = try plenary("show", "--store", "s", "2017-09-19-oic-a", "--json")
        let onDisk = try Data(contentsOf: folder.appendingPathComponent("s/meetings/2017/2017-09-19-oic-a.json"))
        XCTAssertEqual(Data(showJSON.stdout.utf8), onDisk, "show --json prints the record exactly")

        let check = try plenary("check", "--store", "s")
        XCTAssertEqual(check.status, 0, check.stdout)
    }

    func testShowUnknownAndTraversalIDs() throws {
        _ = try plenary("init", "s")
        let missing = try plenary("show", "--store", "s", "nope")
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "plenary: no meeting with id nope\n")
        let traversal = try plenary("show", "--store", "s", "../../etc/passwd")
        XCTAssertEqual(traversal.status, 1)
        XCTAssertTrue(traversal.stderr.contains("is not a meeting id"))
    }

    func testCorruptFileIsReportedAndOthersStillList() throws {
        _ = try plenary("init", "s")
        try writeMeeting(sample("good", date: "2019-01-01", org: "OIC", body: "B"))
        let bad = folder.appendingPathComponent("s/meetings/2019/broken.json")
        try Data("{\n  \"id\": \"broken\"\n  \"title\": 1\n}".utf8).write(to: bad)

        let list = try plenary("list", "--store", "s")
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.stdout.contains("good"))
        XCTAssertTrue(list.stderr.contains("meetings/2019/broken.json: invalid JSON at line 3, column"), list.stderr)

        let check = try plenary("check", "--store", "s")
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("meetings/2019/broken.json: invalid JSON at line 3"), check.stdout)
    }

    func testStoreDiscoveryAndMissingStore() throws {
        let none = try plenary("list")
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("not a Plenary store"), none.stderr)
        _ = try plenary("init", "data")
        XCTAssertEqual(try plenary("list").status, 0, "./data is found")
        XCTAssertEqual(try plenary("list", environment: ["PLENARY_STORE": "nowhere"]).status, 1, "$PLENARY_STORE comes first")
        let newer = folder.appendingPathComponent("data/plenary-store.json")
        try Data(#"{"format":"plenary.store/7"}"#.utf8).write(to: newer)
        let refused = try plenary("list")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("newer than this plenary understands"), refused.stderr)
    }

    func testTimelineOfABody() throws {
        _ = try plenary("init", "s")
        var m = sample("2017-09-19-oic-a", date: "2017-09-19", org: "OIC", body: "OIC Contact Group")
        m.events = [ReferencedEvent(date: "1992", label: "Khojaly Massacre", paragraph: 1)]
        try writeMeeting(m)
        try writeMeeting(sample("2020-02-01-un-b", date: "2020-02-01", org: "UN", body: "Security Council"))
        let run = try plenary("timeline", "--store", "s", "--org", "OIC")
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Meetings first; references from before the meetings' span after them, not at the top.
        XCTAssertTrue(lines[0].hasPrefix("1 meeting, 2017-09-19, one column per"), lines[0])
        XCTAssertTrue(lines[0].contains("0 references within that span"), lines[0])
        XCTAssertTrue(lines[0].contains("2 from other dates listed after the meetings"), lines[0])
        XCTAssertTrue(lines[3].hasPrefix("2017-09-19  meeting  ") && lines[3].contains("[2017-09-19-oic-a]"), run.stdout)
        XCTAssertEqual(lines[5], "References from other dates:", run.stdout)
        XCTAssertTrue(lines[6].hasPrefix("1992") && lines[6].contains(" event  Khojaly Massacre"), run.stdout)
        XCTAssertTrue(lines[7].hasPrefix("1993") && lines[7].contains(" resolution  S/RES/822 (1993)  (cited by 1 meeting)"), run.stdout)
        XCTAssertFalse(run.stdout.contains("2020-02-01"))
    }

    func testShowCountrySpeakersAliasesAndADeletedIndex() throws {
        _ = try plenary("init", "s")
        var a = sample("2017-09-19-oic-a", date: "2017-09-19", org: "OIC", body: "OIC Contact Group")
        a.people = [Person(id: "p", name: "Mammadyarov", honorifics: ["Mr."], role: "Foreign Minister", of: "AZE")]
        a.attendance = [Attendance(country: "AZE", asWritten: "Azerbaijan", paragraph: 1, start: 0, end: 0)]
        a.statements = [Statement(speaker: "p", paragraphs: [1], mode: .reported)]
        try writeMeeting(a)
        let country = try plenary("show", "--store", "s", "country:aze", "--json")
        XCTAssertEqual(country.status, 0, country.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(country.stdout.utf8)) as! [String: Any]
        XCTAssertEqual((report["attended"] as? [[String: Any]])?.first?["id"] as? String, "2017-09-19-oic-a")
        XCTAssertEqual((report["statements"] as? [Any])?.count, 1)
        XCTAssertEqual(try plenary("show", "--store", "s", "country:").status, 2)

        let aliases = try plenary("speakers", "--store", "s", "--aliases", "mammadyarov-aze")
        XCTAssertEqual(aliases.status, 0, aliases.stderr)
        XCTAssertTrue(aliases.stdout.contains("first appearance"), aliases.stdout)

        // The derived database deleted, then garbage in its place: the next command rebuilds
        // it, says so in one line, and the meeting file is untouched.
        let file = folder.appendingPathComponent("s/meetings/2017/2017-09-19-oic-a.json")
        let before = try Data(contentsOf: file)
        let database = folder.appendingPathComponent("s/.plenary/search.sqlite")
        for damage in [{ try FileManager.default.removeItem(at: database) }, { try Data(repeating: 7, count: 4096).write(to: database) }] {
            try damage()
            let run = try plenary("speakers", "--store", "s")
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
            // Deleted: built; garbage: found damaged and rebuilt — one line either way.
            XCTAssertTrue(
                run.stderr.contains("building the search index") || run.stderr.contains("rebuilding the search index, which was damaged"),
                run.stderr)
            XCTAssertTrue(run.stdout.contains("mammadyarov-aze"), run.stdout)
        }
        XCTAssertEqual(try Data(contentsOf: file), before)
    }

    /// Names where codes were: every command names a delegation by the gazetteer's name with
    /// its code as a suffix, and `speakers` takes a country by name.
    func testCommandsNameCountries() throws {
        _ = try plenary("init", "s")
        var a = sample("2017-09-19-oic-a", date: "2017-09-19", org: "OIC", body: "OIC Contact Group")
        a.people = [
            Person(id: "p", name: "Mammadyarov", role: "Foreign Minister", of: "AZE"),
            Person(id: "chair", name: nil, role: "President", of: "VNM"),
        ]
        a.attendance = [Attendance(country: "AZE", asWritten: "the Republic of Azerbaijan", paragraph: 1, start: 0, end: 0)]
        a.statements = [Statement(speaker: "p", paragraphs: [1], mode: .reported)]
        a.paragraphs.append(Paragraph(index: 2, text: "The meeting is adjourned.", speakers: ["chair"]))
        a.statements.append(Statement(speaker: "chair", paragraphs: [2], mode: .direct))
        try writeMeeting(a)
        let show = try plenary("show", "--store", "s", a.id)
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("Attendance: Azerbaijan (AZE)\n"), show.stdout)
        XCTAssertTrue(show.stdout.contains("  Mammadyarov — Foreign Minister, Azerbaijan (AZE)\n"), show.stdout)
        XCTAssertTrue(show.stdout.contains("  President — Viet Nam (VNM)\n"), show.stdout)
        XCTAssertTrue(show.stdout.contains("[2] (President — Viet Nam (VNM))"), show.stdout)
        let country = try plenary("show", "--store", "s", "country:AZE")
        XCTAssertTrue(country.stdout.hasPrefix("Azerbaijan (AZE)\n"), country.stdout)
        let speakers = try plenary("speakers", "--store", "s", "azerbaijan")
        XCTAssertEqual(speakers.status, 0, speakers.stderr)
        XCTAssertTrue(speakers.stdout.contains("Foreign Minister Mammadyarov — Azerbaijan (AZE)"), speakers.stdout)
        XCTAssertFalse(speakers.stdout.contains("Viet Nam"), speakers.stdout)
        let person = try plenary("show", "--store", "s", "person:mammadyarov-aze")
        XCTAssertTrue(person.stdout.contains("Affiliation: Azerbaijan (AZE)\n"), person.stdout)
    }

    /// `show --cite N`: the paragraph and the line the browser's `y` copies; a verbatim
    /// record is cited by delegation, speaker and symbol.
    func testShowCite() throws {
        _ = try plenary("init", "s")
        var m = sample("2020-01-30-unsc-s-pv-8710", date: "2020-01-30", org: "UN", body: "Security Council")
        m.symbol = "S/PV.8710"
        m.people = [Person(id: "nebenzia-rus", name: "Nebenzia", honorifics: ["Mr."], of: "RUS")]
        m.paragraphs[0].speakers = ["nebenzia-rus"]
        m.statements = [
            Statement(speaker: "nebenzia-rus", paragraphs: [1], mode: .direct, attribution: "Mr. Nebenzia (Russian Federation)")
        ]
        try writeMeeting(m)
        let plain = try plenary("show", "--store", "s", m.id, "--cite", "1")
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(plain.stdout, "Recalling 822 (1993).\n— Russian Federation (Mr. Nebenzia), S/PV.8710, 30 January 2020, para. 1\n")
        let markdown = try plenary("show", "--store", "s", m.id, "--cite", "1", "--markdown")
        XCTAssertEqual(
            markdown.stdout,
            "> Recalling 822 (1993).\n\n— Russian Federation (Mr. Nebenzia), [S/PV.8710](https://undocs.org/S/PV.8710), 30 January 2020, para. 1\n"
        )
        let missing = try plenary("show", "--store", "s", m.id, "--cite", "9")
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("has no paragraph 9"), missing.stderr)
    }

    func testExportMarkdownCSVAndJSON() throws {
        _ = try plenary("init", "s")
        var m = sample("2017-09-19-oic-a", date: "2017-09-19", org: "OIC", body: "OIC Contact Group")
        m.paragraphs[0].text = "He said, \"ceasefire\" now."
        try writeMeeting(m)
        let md = try plenary("export", "--store", "s", "2017-09-19-oic-a")
        XCTAssertEqual(md.status, 0, md.stderr)
        XCTAssertTrue(md.stdout.contains("## Meeting 2017-09-19-oic-a"), md.stdout)
        XCTAssertTrue(md.stdout.contains("> — OIC Contact Group, 19 September 2017, para. 1"), md.stdout)

        let csv = try plenary("export", "--store", "s", "--format", "csv")
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(rows.count, 2)
        XCTAssertTrue(rows[1].hasSuffix(",\"He said, \"\"ceasefire\"\" now.\""), rows[1])

        let out = folder.appendingPathComponent("out.json").path
        XCTAssertEqual(try plenary("export", "--store", "s", "--format", "json", "--output", out).status, 0)
        let records = try RecordCoding.decode([Meeting].self, from: Data(contentsOf: URL(fileURLWithPath: out)))
        XCTAssertEqual(records.map(\.id), ["2017-09-19-oic-a"])

        XCTAssertEqual(try plenary("export", "--store", "s", "--format", "pdf").status, 2)
        XCTAssertEqual(try plenary("export", "--store", "s", "missing-id").status, 1)
    }

    /// A search's results and one person's statements, each paragraph with its citation line.
    func testExportQueryAndPerson() throws {
        _ = try plenary("init", "s")
        var a = sample("2017-09-19-oic-a", date: "2017-09-19", org: "OIC", body: "OIC Contact Group")
        a.paragraphs.append(Paragraph(index: 2, number: "2", text: "The occupied territories were discussed."))
        a.statements = [Statement(speaker: "p", paragraphs: [1], mode: .reported)]
        a.people = [Person(id: "p", name: "Elmar Mammadyarov", role: "Foreign Minister", of: "AZE")]
        var b = sample("2016-03-01-oic-b", date: "2016-03-01", org: "OIC", body: "OIC Contact Group")
        b.paragraphs[0].text = "Nothing about that."
        b.paragraphs[0].citations = []
        b.statements = [Statement(speaker: "p", paragraphs: [1], mode: .reported)]
        b.people = a.people
        try writeMeeting(a)
        try writeMeeting(b)

        let md = try plenary("export", "--store", "s", "--query", "occupied territories")
        XCTAssertEqual(md.status, 0, md.stderr)
        XCTAssertTrue(md.stdout.contains("> 2. The occupied territories were discussed."), md.stdout)
        XCTAssertTrue(md.stdout.contains("> — OIC Contact Group, 19 September 2017, para. 2"), md.stdout)
        XCTAssertFalse(md.stdout.contains("Nothing about that"), md.stdout)

        let speakers = try plenary("speakers", "--store", "s", "--json")
        let id = try XCTUnwrap(
            (try JSONSerialization.jsonObject(with: Data(speakers.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        let json = try plenary("export", "--store", "s", "--person", id, "--format", "json")
        XCTAssertEqual(json.status, 0, json.stderr)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["meeting"] as? String }, ["2016-03-01-oic-b", "2017-09-19-oic-a"], "oldest first")
        XCTAssertEqual(rows.first?["citation"] as? String, "OIC Contact Group, 1 March 2016, para. 1")

        let csv = try plenary("export", "--store", "s", "--person", id, "--format", "csv")
        XCTAssertEqual(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 3)

        XCTAssertEqual(try plenary("export", "--store", "s", "--query", "\"open").status, 2)
        XCTAssertEqual(try plenary("export", "--store", "s", "--person", "nobody").status, 1)
        XCTAssertEqual(try plenary("export", "--store", "s", "--person", id, "--query", "x").status, 2)
    }
}
