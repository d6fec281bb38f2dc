import Foundation
import PlenaryModel
@testable import PlenaryBrowser
import PlenaryRegistry
import PlenarySearch
import PlenaryStore
import XCTest

/// For a store, the speaker, resolution, timeline and comparison screens read the search
/// index's cross-meeting tables; they show exactly what the same screens built from the
/// meetings in memory show.
final class IndexedLinkedPagesTests: XCTestCase {
    func testEveryLinkedScreenFromTheIndexEqualsTheOneBuiltInMemory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-linked-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try Store.create(root)
        let meetings = LinkedFixtures.meetings
        for m in meetings { try store.save(m) }
        let indexed = LinkedData.store(store)
        let memory = LinkedData.memory(meetings)
        XCTAssertTrue(indexed.registry is IndexedLookup)

        var targets: [LinkTarget] = [.timeline(organization: nil, body: nil)]
        let registry = Registry.build(meetings.map(MeetingDigest.init))
        targets += registry.people.map { LinkTarget.speaker(id: $0.id, meeting: nil) }
        for m in meetings {
            targets += m.people.map { LinkTarget.speaker(id: $0.id, meeting: m.id) }
            targets.append(.comparison(meeting: m.id))
            if let org = m.organization { targets.append(.timeline(organization: org, body: nil)) }
            if let body = m.body { targets.append(.timeline(organization: nil, body: body)) }
            for p in m.paragraphs { targets += p.citations.compactMap(\.symbol).map { LinkTarget.resolution(symbol: $0) } }
        }
        targets.append(.resolution(symbol: "S/RES/822"))
        var compared = 0
        for target in targets {
            let a = Result { try indexed.page(target) }.map { $0 }
            let b = Result { try memory.page(target) }.map { $0 }
            switch (a, b) {
            case (.success(let x), .success(let y)): XCTAssertEqual(x, y, "\(target)"); compared += 1
            case (.failure(let x), .failure(let y)): XCTAssertEqual("\(x)", "\(y)", "\(target)")
            default: XCTFail("\(target): \(a) against \(b)")
            }
        }
        XCTAssertGreaterThan(compared, 10)
        // The country screen: the same representatives and statements (the index adds the meetings attended).
        let country = try indexed.page(.country(code: "AZE"))
        XCTAssertEqual(country.facts[1], try memory.page(.country(code: "AZE")).facts[1])
    }
}
