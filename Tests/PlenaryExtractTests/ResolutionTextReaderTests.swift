import Foundation
import PlenaryModel
import PlenaryTestSupport
import XCTest
@testable import PlenaryExtract

/// Resolution texts are recognised by their structure and read into preamble and numbered
/// operative paragraphs; other documents are not taken for them.
final class ResolutionTextReaderTests: XCTestCase {
    static let securityCouncil = """
        United Nations S/RES/9999 (2031)

        Security Council Distr.: General 3 March 2031

        Resolution 9999 (2031)

        Adopted by the Security Council at its 12345th meeting, on 3 March 2031

        The Security Council,

        Recalling its previous resolutions on the situation,

        Expressing its deep concern at the
        humanitarian situation,

        1. Demands that all parties comply with their obligations, in particular:

        (a) To protect civilians;

        (b) To allow access, including:

        (i) By land;

        (ii) By sea;

        2. Decides to remain seized of the matter.
        """

    func testSecurityCouncilTextIsReadIntoItsParts() throws {
        let document = try XCTUnwrap(ResolutionTextReader.read(Self.securityCouncil))
        XCTAssertEqual(document.symbol, "S/RES/9999 (2031)")
        XCTAssertEqual(document.adoptedBy, "Security Council")
        XCTAssertEqual(document.date, "2031-03-03")
        XCTAssertEqual(
            document.preamble.map(\.text),
            [
                "Recalling its previous resolutions on the situation,",
                "Expressing its deep concern at the humanitarian situation,",
            ])
        XCTAssertEqual(document.operative.map(\.number), ["1", "2"])
        XCTAssertEqual(document.operative[0].items.map(\.label), ["a", "b"])
        XCTAssertEqual(document.operative[0].items[1].items.map(\.label), ["i", "ii"])
        XCTAssertEqual(document.operative[1].text, "Decides to remain seized of the matter.")
    }

    func testLetterAfterHIsNotRoman() {
        var body = ResolutionTextReader.Body()
        body.add("1. Requests:")
        for (label, text) in [("g", "G text;"), ("h", "H text;"), ("i", "I text;")] { body.add("(\(label)) \(text)") }
        XCTAssertEqual(body.operative[0].items.map(\.label), ["g", "h", "i"])
    }

    func testPressReleaseAndSpeechAreNotResolutionTexts() {
        let release = """
            Council meets in Accra

            1. The Council met on 5 May 2021.

            2. The General Assembly, it said, would follow.
            """
        XCTAssertNil(ResolutionTextReader.read(release))
        let speech = "Mr. President,\n\nThe General Assembly,\n\nwe recall resolution A/RES/80/10 and its paragraph.\n"
        XCTAssertNil(ResolutionTextReader.read(speech), "no numbered operative paragraph")
    }

    /// Every General Assembly text of the shared corpus is recognised, with the symbol of its
    /// index row, the adoption date it prints, and its numbered operative paragraphs.
    func testGeneralAssemblyCorpus() throws {
        let folder = try SharedFolder.require("corpora/ga-resolutions-80")
        let rows = try SharedFolder.table(folder.appendingPathComponent("index.tsv"))
        var recognised = 0, dated = 0, numbered = 0
        for row in rows {
            let url = folder.appendingPathComponent(row["file"] ?? "")
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let document = ResolutionTextReader.read(text) else { XCTFail("\(url.lastPathComponent): not recognised"); continue }
            recognised += 1
            XCTAssertEqual(document.symbol, row["symbol"], url.lastPathComponent)
            if let adopted = row["adopted_date"], !adopted.isEmpty {
                XCTAssertEqual(document.date, adopted, url.lastPathComponent)
                dated += 1
            }
            let numbers = document.operative.compactMap(\.number).compactMap(Int.init)
            XCTAssertFalse(document.operative.isEmpty, url.lastPathComponent)
            if numbers.isEmpty {
                // One unnumbered operative paragraph adopting an annexed text.
                XCTAssertEqual(document.operative.count, 1, url.lastPathComponent)
                XCTAssertFalse(document.annex.isEmpty, "\(url.lastPathComponent): the adopted text is kept as the annex")
            } else {
                XCTAssertEqual(numbers, Array(1...numbers.count), "\(url.lastPathComponent): operative numbers run 1…n")
                XCTAssertFalse(document.preamble.isEmpty, url.lastPathComponent)
                numbered += 1
            }
            print(
                "\(document.symbol)\t\(document.date ?? "-")\tpreamble \(document.preamble.count)\toperative \(numbers.count)/\(row["numbered_paras"] ?? "?")\t\(document.meeting ?? "-")\t\(document.title.prefix(50))"
            )
        }
        print("resolution texts: \(recognised)/\(rows.count) recognised, \(dated) dated, \(numbered) with operative paragraphs")
        XCTAssertEqual(recognised, rows.count)
    }

    /// Press releases, readouts, saved pages and speeches that cite resolutions are not taken for
    /// resolution texts.
    func testSharedDocumentsAreNotResolutionTexts() throws {
        var checked = 0
        var taken: [String] = []
        for set in ["real-documents", "press-releases", "seeds", "corpora/ungdc/speeches_txt/Session_75_2020"] {
            let folder = try SharedFolder.require(set)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where !name.hasSuffix(".json") {
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                    let text = try? DocumentDecoder.decode(data).text
                else { continue }
                checked += 1
                if ResolutionTextReader.read(text) != nil { taken.append(name) }
            }
        }
        print("resolution texts: \(taken.count) of \(checked) other documents taken for one")
        XCTAssertGreaterThan(checked, 200)
        XCTAssertEqual(taken, [])
    }
}
