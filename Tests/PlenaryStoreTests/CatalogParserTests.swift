import Foundation
import PlenaryModel
import PlenaryStore
import XCTest

final class CatalogParserTests: XCTestCase {
    static let resolutionHeader = "resolution\tsymbol\tres_year\tdate\tmeeting_record\tpress_release\ttopic\tvote\n"

    func testBadLinesAreReportedByLineAndGoodLinesLoad() {
        let text =
            Self.resolutionHeader
            + "822\tS/RES/822 (1993)\t1993\t1993-04-30\tS/PV.3205\t\tThe situation relating to Nagorny Karabakh\t15-0-0\n"  // 2
            + "853\tS/RES/853 (1993)\t1993\t1993-07-29\tS/PV.3259\t\tThe situation relating to Nagorny Karabakh\n"  // 3 missing
            + "874\tS/RES/874 (1993)\t1993\t1993-10-14\tS/PV.3292\t\tNagorny Karabakh\t15-0-0\tsurplus\n"  // 4 extra
            + "822\tS/RES/822 (1993)\t1993\t1993-04-30\tS/PV.3205\t\tduplicate\t15-0-0\n"  // 5 duplicate
            + "884\tS/RES/884 (1993)\t1993\t12 November 1993\tS/PV.3313\t\tNagorny Karabakh\t14-0-1\n"  // 6 date
            + "\n"
            + "2505\tS/RES/2505 (2020)\t2020\t2020-01-13\tS/PV.8701\tSC/14075\tThe situation in the Middle East\t15-0-0\n"  // 8
            + "x1\tS/RES/1 (1946)\t1946\t1946-01-25\tS/PV.2\t\tx\tadopted without vote\n"  // 9 number
            + "900\tS/RES/901 (1994)\t1994\t1994-03-04\tS/PV.1\t\tx\t15-0-0\n"  // 10 symbol
        let result = CatalogParser.parse(text, file: "resolutions.tsv")
        XCTAssertEqual(result.kind, .resolutions)
        XCTAssertEqual(result.resolutions.map(\.number), [822, 2505])
        XCTAssertEqual(result.problems.map(\.line), [3, 4, 5, 6, 9, 10])
        XCTAssertEqual(result.problems[0].description, "resolutions.tsv:3: missing columns: 7 of 8 (vote absent)")
        XCTAssertTrue(result.problems[1].reason.hasPrefix("extra columns"))
        XCTAssertEqual(result.problems[2].reason, "duplicate resolution 822 (first on line 2)")
        XCTAssertEqual(result.problems[3].reason, "malformed date \"12 November 1993\" (expected YYYY-MM-DD)")
        let r = result.resolutions[0]
        XCTAssertEqual(r.symbol, "S/RES/822 (1993)")
        XCTAssertEqual(r.vote?.inFavour, 15)
        XCTAssertEqual(r.meetingRecord, "S/PV.3205")
    }

    func testMeetingRowsMergeByRecordAndResumedDaysMakeARange() {
        let text =
            "year\tsource_table\tmeeting_record\tdate\tdate_text\tpress_release\ttopic\toutcome_docs\toutcome_text\n"
            + "2020\tt\tS/PV.8773\t2020-11-12\t12 November\t\tElections [resumed meeting]\t\t--\n"
            + "2020\tt\tS/PV.8773\t2020-11-11\t11 November\t\tElections\t\t--\n"
            + "2020\tt\tS/PV.8701 + Corr.1\t2020-01-13\t13 January\tSC/14075\tMiddle East\tS/RES/2505(2020);S/PRST/2020/1\tS/RES/2505 (2020) 15-0-0\n"
            + "2020\tt\t--\t2020-05-05\t5 May\t\tVideoconference\t\t\n"
            + "2020\tt\tS/PV.8702\t2020-02-31\t\t\tBad date\t\t\n"
            + "2020\tt\tS/PV.8703\t2020-01-15\t\t\tBad outcome\tA/75/1\t\n"
        let result = CatalogParser.parse(text, file: "meetings.tsv")
        XCTAssertEqual(result.kind, .meetings)
        XCTAssertEqual(result.skipped, 1)
        XCTAssertEqual(result.problems.map(\.line), [6, 7])
        let catalog = Catalog(meetings: result.meetings)
        let elections = catalog.meeting(record: "S/PV.8773")
        XCTAssertEqual(elections?.date, "2020-11-11")
        XCTAssertEqual(elections?.endDate, "2020-11-12")
        XCTAssertEqual(elections?.topics.count, 2)
        let first = catalog.meeting(record: "S/PV.8701")
        XCTAssertEqual(first?.record, "S/PV.8701")
        XCTAssertEqual(first?.outcomes, ["S/RES/2505 (2020)", "S/PRST/2020/1"])
        XCTAssertEqual(Catalog.recordKey("S/PV.8706(Resumption1)"), Catalog.recordKey("S/PV.8706 (Resumption 1) + Corr.1"))
        XCTAssertNotEqual(Catalog.recordKey("S/PV.8706 (Resumption 1)"), Catalog.recordKey("S/PV.8706"))
    }

    func testUnknownHeaderAndEmptyFile() {
        XCTAssertEqual(CatalogParser.parse("a\tb\n1\t2\n", file: "x.tsv").problems.first?.line, 1)
        XCTAssertEqual(CatalogParser.parse("", file: "x.tsv").problems.count, 1)
        XCTAssertEqual(
            CatalogParser.parse("resolution\tsymbol\n1\tS/RES/1 (1946)\n", file: "r.tsv").problems.first?.description,
            "r.tsv:1: the header lacks the columns res_year, date, topic")
    }

    func testStoreKeepsTheCatalogueAndMergesImports() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(folder.url.appendingPathComponent("s"))
        let first = Self.resolutionHeader + "822\tS/RES/822 (1993)\t1993\t1993-04-30\tS/PV.3205\t\tKarabakh\t15-0-0\n"
        let second =
            Self.resolutionHeader + "853\tS/RES/853 (1993)\t1993\t1993-07-29\tS/PV.3259\t\tKarabakh\t15-0-0\n"
            + "853\tS/RES/853 (1993)\t1993\t1993-07-29\tS/PV.3259\t\tKarabakh\t15-0-0\n"
        XCTAssertEqual(try store.importCatalog([("a.tsv", first)]).resolutions, 1)
        let report = try store.importCatalog([("b.tsv", second)])
        XCTAssertEqual(report.resolutions, 2)
        XCTAssertEqual(report.problems.map(\.description), ["b.tsv:3: duplicate resolution 853 (first on line 2)"])
        let (catalog, problems) = store.loadCatalog()
        XCTAssertEqual(problems, [])
        XCTAssertEqual(catalog.resolution(symbol: "S/RES/822 (1993)")?.date, "1993-04-30")
        XCTAssertNil(catalog.resolution(symbol: "S/RES/822 (1994)"))
        let unknown = Citation(symbol: "S/RES/9999 (2030)", surface: "9999 (2030)", start: 0, end: 1, rule: "t", resolved: true)
        XCTAssertEqual(catalog.status(of: unknown), .unknown)
        XCTAssertEqual(ResolutionQuery.parse("res:822"), ResolutionQuery(number: 822, year: nil))
        XCTAssertEqual(ResolutionQuery.parse("S/RES/822(1993)"), ResolutionQuery(number: 822, year: 1993))
        XCTAssertNil(ResolutionQuery.parse("S/RES/abc"))
    }
}
