import Foundation
import PlenaryExtract
import PlenaryModel
import PlenarySearch
import PlenaryStore
import PlenaryTestSupport
import PlenaryVerbatim
import XCTest

/// On the shared corpora (the seed, the press releases, the 63 Security Council records with
/// the catalogue), every cross-meeting view the index answers from its tables equals the view
/// built the old way from every meeting in memory; and again after one record is rewritten
/// behind the index's back.
final class LinkedViewsCorpusTests: XCTestCase {
    var folder: URL?

    override func tearDown() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    func testEveryCrossMeetingViewMatchesTheInMemoryRegistryOnTheSharedCorpora() throws {
        let speeches = try SharedFolder.require("corpora/unsc-speeches-2020/speeches")
        let catalogue = try SharedFolder.require("corpora/unsc-meetings-catalogue")
        let pressReleases = try SharedFolder.require("press-releases")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-linked-corpus-\(UUID().uuidString)")
        folder = root
        let store = try Store.create(root)
        var inputs: [(name: String, text: String)] = []
        for name in ["resolutions.tsv", "meetings.tsv"] {
            inputs.append((name, try String(contentsOf: catalogue.appendingPathComponent(name), encoding: .utf8)))
        }
        _ = try store.importCatalog(inputs)

        let extractor = Extractor()
        var documents = try FileManager.default.contentsOfDirectory(at: pressReleases, includingPropertiesForKeys: nil)
            .filter { !["json", "md"].contains($0.pathExtension) }
        if let seeds = try? FileManager.default.contentsOfDirectory(
            at: SharedFolder.url.appendingPathComponent("seeds"), includingPropertiesForKeys: nil)
        {
            documents += seeds
        }
        for url in documents.sorted(by: { $0.path < $1.path }) {
            let data = try Data(contentsOf: url)
            guard let result = try? extractor.extract(data), !result.meetings.isEmpty else { continue }
            _ = try store.importDocument(result.meetings, sourceBytes: data, sourceExtension: url.pathExtension)
        }
        var paths: [String] = []
        for record in try FileManager.default.contentsOfDirectory(atPath: speeches.path) where !record.hasPrefix(".") {
            let dir = speeches.appendingPathComponent(record)
            for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".txt") {
                paths.append(dir.appendingPathComponent(file).path)
            }
        }
        let builder = VerbatimRecordBuilder(resolvers: .standard, catalog: store.loadCatalog().catalog)
        for source in VerbatimSource.group(paths).0 {
            let (texts, bytes, _) = try source.read()
            _ = try store.importDocument(
                [try builder.meeting(parts: texts, symbol: source.symbol)], sourceBytes: bytes, sourceExtension: "txt")
        }
        XCTAssertGreaterThan(store.meetingFiles().count, 63)

        let index = try SearchIndex.open(store: store)
        let views = try LinkedViewsCheck.assertSame(index, store)
        print("linked views: \(views) views identical to the in-memory registry on \(store.meetingFiles().count) meetings")

        // Another program rewrites one record: a delegate renamed, a citation dropped.
        let victim = try XCTUnwrap(store.allMeetings().meetings.first { $0.body == "Security Council" && $0.people.count > 3 })
        let url = try store.locate(id: victim.id)
        var edited = victim
        edited.people[1].name = "Renamed Delegate"
        for i in edited.paragraphs.indices { edited.paragraphs[i].citations = [] }
        try RecordCoding.encode(edited).write(to: url)
        let reopened = try SearchIndex.open(store: store)
        XCTAssertEqual(reopened.lastChanges.changed, 1)
        try LinkedViewsCheck.assertSame(reopened, store)
    }
}
