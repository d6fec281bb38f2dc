import Foundation
import PlenaryModel
import PlenaryTestSupport
import XCTest

/// `plenary import` with what documents do not say (flags, meta files), folders with files that
/// are not documents, speeches and resolution texts, through the built binary.
final class ImportOverridesCommandTests: XCTestCase {
    private var folder: URL!

    /// A report with a headline and a body but no date and no convening body.
    static let undated = """
        Talks on water sharing

        The delegations of Ghana and Togo talked about the sharing of the Volta's water for a long while and agreed to meet again.

        They asked their experts to prepare a joint survey of the basin.
        """

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-overrides-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func plenary(_ arguments: String...) throws -> PlenaryRun {
        try PlenaryProcess.run(arguments, in: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func meetings(_ run: PlenaryRun) throws -> [Meeting] {
        try RecordCoding.decode([Meeting].self, from: Data(run.stdout.utf8))
    }

    func testFlagsGiveWhatTheDocumentDoesNotSayAndAreRecorded() throws {
        try write("water.txt", Self.undated)
        let refused = try plenary("import", "--dry-run", "--json", "water.txt")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("plenary: water.txt: no meeting recognised"), refused.stderr)
        let run = try plenary(
            "import", "--dry-run", "--json", "--date", "2022-03-04", "--body", "Volta Basin talks",
            "--org", "ECOWAS", "--location", "Accra", "--title", "Volta water talks", "water.txt")
        XCTAssertEqual(run.status, 0, run.stderr)
        let m = try XCTUnwrap(try meetings(run).first)
        XCTAssertEqual(
            [m.date, m.body, m.organization, m.location, m.title],
            ["2022-03-04", "Volta Basin talks", "ECOWAS", "Accra", "Volta water talks"])
        XCTAssertEqual(
            m.source?.overrides,
            SourceOverrides(
                date: "2022-03-04", title: "Volta water talks", organization: "ECOWAS",
                body: "Volta Basin talks", location: "Accra"))
        XCTAssertTrue(run.stdout.contains("\"overrides\""), "written in the record format")
    }

    func testBadFlagValueIsAUsageErrorOfOneLine() throws {
        try write("water.txt", Self.undated)
        let run = try plenary("import", "--dry-run", "--date", "04/03/2022", "water.txt")
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        XCTAssertTrue(run.stderr.hasPrefix("plenary: date \"04/03/2022\" is not a calendar day"), run.stderr)
    }

    func testMetaFileBesideADocumentAndFolderSkipsWhatIsNotADocument() throws {
        try write("in/water.txt", Self.undated)
        try write("in/water.txt.meta.json", #"{"date": "2022-03-04", "body": "Volta Basin talks"}"#)
        try write("in/README.md", "# Documents\n\nThese are documents about water, gathered by hand for the tests of this folder.\n")
        try write("in/water.truth.json", #"{"file": "water.txt", "meetings": []}"#)
        XCTAssertEqual(try plenary("init", "store").status, 0)
        let run = try plenary("import", "--store", "store", "in")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(
            run.stderr.contains("skipped 3 files that are not documents: README.md, water.truth.json, water.txt.meta.json"), run.stderr)
        XCTAssertTrue(run.stderr.contains("imported 1, unchanged 0, failed 0"), run.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("store/meetings/2022").path)
        XCTAssertEqual(files.count, 1)
        let record = try RecordCoding.decode(
            Meeting.self, from: Data(contentsOf: folder.appendingPathComponent("store/meetings/2022/\(files[0])")))
        XCTAssertEqual(record.date, "2022-03-04")
        XCTAssertEqual(record.source?.overrides, SourceOverrides(date: "2022-03-04", body: "Volta Basin talks"))
        // A flag gives a batch value; the meta file wins for its document.
        let dry = try plenary("import", "--dry-run", "--json", "--date", "2020-01-01", "--location", "Lomé", "in/water.txt")
        let m = try XCTUnwrap(try meetings(dry).first)
        XCTAssertEqual(m.date, "2022-03-04")
        XCTAssertEqual(m.location, "Lomé")
    }

    func testBadMetaFileIsOneLineNamingIt() throws {
        try write("water.txt", Self.undated)
        try write("water.meta.json", #"{"date": "2022-03-04", "venue": "Accra"}"#)
        let run = try plenary("import", "--dry-run", "water.txt")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(
            run.stderr.split(separator: "\n").first.map(String.init),
            "plenary: water.meta.json: unknown key \"venue\" (known: date, title, org, organization, body, location)")
        try write("water.meta.json", #"{"date": "2022-03-"#)
        let broken = try plenary("import", "--dry-run", "water.txt")
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderr.hasPrefix("plenary: water.meta.json: not valid JSON"), broken.stderr)
    }

    func testDocumentWithNoMeetingIsRefusedAndKeptWithForce() throws {
        try write("weather.txt", "It rained all day long in the valley and nobody met anyone at all.\n")
        let refused = try plenary("import", "--dry-run", "weather.txt")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("plenary: weather.txt: no meeting recognised: "), refused.stderr)
        let forced = try plenary("import", "--dry-run", "--json", "--force", "weather.txt")
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(try meetings(forced).count, 1)
    }

    /// A General Debate speech has no header and no date: refused without --date (never dated by
    /// a day it mentions), titled by its delegation with it.
    func testGeneralDebateSpeech() throws {
        let speech = try SharedFolder.require("corpora/ungdc/speeches_txt/Session_75_2020/SYR_75_2020.txt")
        let refused = try plenary("import", "--dry-run", speech.path)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("a speech with no meeting header and no date"), refused.stderr)
        let run = try plenary(
            "import", "--dry-run", "--json", "--date", "2020-09-26", "--body", "General Assembly general debate", speech.path)
        XCTAssertEqual(run.status, 0, run.stderr)
        let m = try XCTUnwrap(try meetings(run).first)
        XCTAssertEqual(m.title, "General Assembly general debate: Syrian Arab Republic")
        XCTAssertEqual(m.date, "2020-09-26")
        XCTAssertEqual(m.body, "General Assembly general debate")
        XCTAssertEqual(m.source?.overrides?.date, "2020-09-26")
        XCTAssertNil(m.source?.overrides?.title, "the title is the importer's rule, not a value given")
    }

    /// A resolution text goes to the catalogue, once, and `show` prints its operative paragraphs.
    func testResolutionTextStoredAndShown() throws {
        let text = try SharedFolder.require("corpora/ga-resolutions-80/documents/A_RES_80_10.md")
        XCTAssertEqual(try plenary("init", "store").status, 0)
        let run = try plenary("import", "--store", "store", text.path)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("resolution text A/RES/80/10"), run.stdout)
        let kept = folder.appendingPathComponent("store/catalog/texts/A-RES-80-10.json")
        let before = try Data(contentsOf: kept)
        let meetings = (try? FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("store/meetings").path)) ?? []
        XCTAssertEqual(meetings.filter { $0.hasSuffix(".json") }, [], "a resolution text is not a meeting")
        let again = try plenary("import", "--store", "store", text.path)
        XCTAssertTrue(again.stdout.contains("unchanged"), again.stdout)
        XCTAssertEqual(try Data(contentsOf: kept), before, "importing the same text twice writes nothing")

        let shown = try plenary("show", "--store", "store", "A/RES/80/10")
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("International Day of the World’s Indigenous Women and Girls"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("  1. Decides to proclaim 5 September of each year"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("  3. Stresses that the cost of all activities"), shown.stdout)
        let json = try plenary("show", "--store", "store", "--json", "A/RES/80/10")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let document = try XCTUnwrap(object["text"] as? [String: Any])
        XCTAssertEqual((document["operative"] as? [[String: Any]])?.compactMap { $0["number"] as? String }, ["1", "2", "3"])
        XCTAssertEqual(document["date"] as? String, "2025-11-26")
        let missing = try plenary("show", "--store", "store", "A/RES/80/999")
        XCTAssertEqual(missing.status, 1)
    }

    /// A Security Council text (here a made-up one in the official layout) is recognised by the
    /// same rule and shown under its full symbol.
    func testSecurityCouncilTextShownBySymbol() throws {
        try write(
            "sc.txt",
            """
            United Nations S/RES/9999 (2031)

            Security Council Distr.: General 3 March 2031

            Resolution 9999 (2031)

            Adopted by the Security Council at its 12345th meeting, on 3 March 2031

            The Security Council,

            Recalling its previous resolutions,

            1. Demands that all parties comply with their obligations, in particular:

            (a) To protect civilians;

            2. Decides to remain seized of the matter.
            """)
        XCTAssertEqual(try plenary("init", "store").status, 0)
        XCTAssertEqual(try plenary("import", "--store", "store", "sc.txt").status, 0)
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("store/catalog/texts/S-RES-9999-2031.json").path))
        let shown = try plenary("show", "--store", "store", "S/RES/9999 (2031)")
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("  1. Demands that all parties comply"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("    (a) To protect civilians;"), shown.stdout)
    }

    /// A verbatim record that prints no date imports once a date is given; a meta file works too.
    func testVerbatimRecordTakesTheGivenDate() throws {
        try write(
            "record.txt",
            """
            The President: I call on the representative of France.

            Mr. Rivière (France) (spoke in French): France supports the draft and recalls resolution 2334 (2016).

            The President: I thank the representative of France.
            """)
        let refused = try plenary("import", "--dry-run", "record.txt")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("prints no date"), refused.stderr)
        let run = try plenary("import", "--dry-run", "--json", "--date", "2021-03-04", "--location", "New York", "record.txt")
        XCTAssertEqual(run.status, 0, run.stderr)
        let m = try XCTUnwrap(try meetings(run).first)
        XCTAssertEqual([m.date, m.location, m.source?.format], ["2021-03-04", "New York", "verbatim"])
        XCTAssertEqual(m.source?.overrides, SourceOverrides(date: "2021-03-04", location: "New York"))
        XCTAssertEqual(m.statements.count, 3)
        try write("record.meta.json", #"{"date": "2021-03-05"}"#)
        let meta = try plenary("import", "--dry-run", "--json", "record.txt")
        XCTAssertEqual(try meetings(meta).first?.date, "2021-03-05")
    }
}
