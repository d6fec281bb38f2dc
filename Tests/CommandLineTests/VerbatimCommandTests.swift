import Foundation
import PlenaryTestSupport
import XCTest

/// The binary's catalogue, verbatim import, speakers, citations and linked `show` commands.
final class VerbatimCommandTests: XCTestCase {
    static let shared = SharedFolder.url

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-verbatim-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let run = try PlenaryProcess.run(arguments, in: folder)
        return (run.status, run.stdout, run.stderr)
    }

    private func shared(_ relative: String) throws -> String {
        let url = Self.shared.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("SKIP: ../shared/\(relative) absent") }
        return url.path
    }

    func testCatalogueImportReportsBadLinesAndLoadsTheRest() throws {
        _ = try run(["init", "s"])
        let bad = folder.appendingPathComponent("resolutions.tsv")
        try
            ("resolution\tsymbol\tres_year\tdate\tmeeting_record\tpress_release\ttopic\tvote\n"
            + "822\tS/RES/822 (1993)\t1993\t1993-04-30\tS/PV.3205\t\tNagorny Karabakh\t15-0-0\n"
            + "822\tS/RES/822 (1993)\t1993\t1993-04-30\tS/PV.3205\t\tNagorny Karabakh\t15-0-0\n"
            + "853\tS/RES/853 (1993)\t1993\t29/07/1993\tS/PV.3259\t\tNagorny Karabakh\t15-0-0\n"
            + "874\tS/RES/874 (1993)\n").write(to: bad, atomically: true, encoding: .utf8)
        let r = try run(["catalog", "import", "--store", "s", "resolutions.tsv"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(
            r.stderr.split(separator: "\n"),
            [
                "plenary: resolutions.tsv:3: duplicate resolution 822 (first on line 2)",
                "plenary: resolutions.tsv:4: malformed date \"29/07/1993\" (expected YYYY-MM-DD)",
                "plenary: resolutions.tsv:5: missing columns: 2 of 8 (res_year, date, meeting_record, press_release, topic, vote absent)",
            ])
        XCTAssertTrue(r.stdout.contains("1 resolution loaded"), r.stdout)
        let show = try run(["show", "--store", "s", "res:822"])
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("30 April 1993"))
        let missing = try run(["catalog", "import", "--store", "s", "nowhere.tsv"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "plenary: nowhere.tsv: no such file or folder\n")
    }

    /// The must-show: the catalogue imported into a temporary copy of the repository's
    /// data/ store (which holds the seed), then `show S/RES/822`. Without data/ the seed is imported.
    func testShowResolutionWithCatalogueAndSeed() throws {
        let seed = try shared("seeds/000_e75200cd4ef5a06a.txt")
        let catalogue = try shared("corpora/unsc-meetings-catalogue")
        let data = DefaultStore.url
        let dataMeetings = (try? FileManager.default.subpathsOfDirectory(atPath: data.appendingPathComponent("meetings").path)) ?? []
        if dataMeetings.contains(where: { $0.hasSuffix(".json") }) {
            try DefaultStore.copy(to: folder.appendingPathComponent("s"))
        } else {
            _ = try run(["init", "s"])
            XCTAssertEqual(try run(["import", "--store", "s", seed]).status, 0)
        }
        XCTAssertEqual(try run(["catalog", "import", "--store", "s", catalogue]).status, 0)
        for query in ["S/RES/822", "res:822", "S/RES/822 (1993)"] {
            let r = try run(["show", "--store", "s", query])
            XCTAssertEqual(r.status, 0, r.stderr)
            for expected in [
                "30 April 1993", "S/PV.3205", "The situation relating to Nagorny Karabakh", "15-0-0",
                "namely 822 (1993), 853 (1993)", "Mammadyarov",
            ] {
                XCTAssertTrue(r.stdout.contains(expected), "\(query): \(expected) missing from\n\(r.stdout)")
            }
        }
        let unknown = try run(["show", "--store", "s", "S/RES/99999"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.hasPrefix("plenary: S/RES/99999: not in the catalogue"))
        let citations = try run(["citations", "--store", "s", "--json"])
        XCTAssertEqual(citations.status, 0)
        XCTAssertTrue(citations.stdout.contains("\"catalogue\" : \"catalogued\""), citations.stdout)
    }

    /// Three records of one delegate: one person in `plenary speakers`, statements in date order.
    func testVerbatimFoldersAndOnePersonAcrossMeetings() throws {
        let speeches = try shared("corpora/unsc-speeches-2020/speeches")
        let catalogue = try shared("corpora/unsc-meetings-catalogue/meetings.tsv")
        _ = try run(["init", "s"])
        let undated = try run(["import", "--store", "s", speeches + "/8701"])
        XCTAssertEqual(undated.status, 1)
        XCTAssertTrue(undated.stderr.contains("S/PV.8701 prints no date and is not in the store's catalogue"), undated.stderr)
        XCTAssertEqual(try run(["catalog", "import", "--store", "s", catalogue]).status, 0)
        let imported = try run(["import", "--store", "s", speeches + "/8706", speeches + "/8706Resumption1", speeches + "/8707"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(imported.stdout.split(separator: "\n").count, 3, imported.stdout)
        let again = try run(["import", "--store", "s", speeches + "/8707"])
        XCTAssertTrue(again.stdout.hasPrefix("unchanged"), again.stdout)

        let show = try run(["show", "--store", "s", "2020-01-21-unsc-s-pv-8706-resumption-1"])
        XCTAssertTrue(show.stdout.contains("Symbol: S/PV.8706 (Resumption 1)"), show.stdout)
        let speakers = try run(["speakers", "--store", "s", "--json"])
        XCTAssertEqual(speakers.status, 0)
        let people = try JSONSerialization.jsonObject(with: Data(speakers.stdout.utf8)) as? [[String: Any]] ?? []
        let russian = people.filter { $0["of"] as? String == "RUS" && $0["name"] as? String == "Nebenzia" }
        XCTAssertEqual(russian.count, 1)
        XCTAssertGreaterThanOrEqual(russian.first?["meetings"] as? Int ?? 0, 2)
        let id = try XCTUnwrap(russian.first?["id"] as? String)
        let person = try run(["show", "--store", "s", "person:\(id)"])
        XCTAssertEqual(person.status, 0, person.stderr)
        let dates = person.stdout.split(separator: "\n").filter { $0.hasPrefix("2020-") }.map { String($0.prefix(10)) }
        XCTAssertGreaterThanOrEqual(dates.count, 2)
        XCTAssertEqual(dates, dates.sorted())
        XCTAssertEqual(try run(["show", "--store", "s", "person:nobody-at-all"]).status, 1)
    }
}
