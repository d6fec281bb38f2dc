#if canImport(XCTest)
import Foundation
import PlenaryModel
import PlenaryRegistry
import PlenarySearch
import PlenaryStore
import XCTest

/// Compares every cross-meeting view the index answers from its tables with the same view
/// computed the old way, from every meeting in memory (`Registry.build`, `Timeline.build`,
/// `MeetingComparison.previous`). Returns how many views were compared.
public enum LinkedViewsCheck {
    @discardableResult
    public static func assertSame(_ index: SearchIndex, _ store: Store, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let meetings = store.allMeetings().meetings
        let registry = Registry.build(meetings.map(MeetingDigest.init))
        var views = 0
        func same<T: Equatable>(_ a: T, _ b: T, _ what: String) {
            views += 1
            guard a != b else { return }
            XCTFail("\(what): \(String(describing: a).prefix(400)) ≠ \(String(describing: b).prefix(400))", file: file, line: line)
        }
        same(try index.people(), registry.people, "speakers")
        for p in registry.people {
            same(try index.person(id: p.id), p, "person \(p.id)")
            same(try index.statements(of: p.id), registry.statements(of: p.id), "statements of \(p.id)")
            same(try index.statementCount(of: p.id), registry.statements(of: p.id).count, "statement count of \(p.id)")
        }
        for of in Set(registry.people.compactMap(\.of)) { same(try index.people(of: of), registry.people(of: of), "people of \(of)") }
        for q in ["nebenzia", "al", "president", "RUS", "zz"] {
            same(try index.people(matching: q), registry.people(matching: q), "speakers \(q)")
        }
        for m in meetings {
            for p in m.people {
                same(try index.personID(meeting: m.id, local: p.id), registry.personID(meeting: m.id, local: p.id), "\(m.id) \(p.id)")
            }
        }
        same(try index.instruments(), registry.instruments, "citations")
        for i in registry.instruments {
            let key = i.symbol ?? "title:" + i.label.lowercased()
            same(try index.citations(of: key), registry.citations(of: key), "citations of \(key)")
        }
        let numbers = Set(
            registry.instruments.compactMap { i in
                i.symbol.flatMap { ResolutionQuery.parse($0)?.number }
            })
        for n in numbers { same(try index.citations(ofResolution: n), registry.citations(ofResolution: n), "S/RES/\(n)") }

        let summaries = store.summaries().summaries
        let byID = Dictionary(meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let dates = store.loadCatalog().catalog.resolutionDates
        func timeline(_ keep: @escaping (String?, String?) -> Bool) throws {
            let chosen = summaries.filter { keep($0.organization, $0.body) }.compactMap { byID[$0.id] }
            let old = Timeline.build(meetings: chosen, resolutionDates: dates)
            let new = try index.timeline(where: { keep($0.organization, $0.body) }, resolutionDates: dates)
            same(new.timeline, old, "timeline")
            same(new.meetings, chosen.count, "timeline meetings")
        }
        try timeline { _, _ in true }
        for org in Set(summaries.compactMap(\.organization)) { try timeline { o, _ in o == org } }
        for body in Set(summaries.compactMap(\.body)) { try timeline { _, b in b == body } }
        // A date window, applied in SQL: "2020-06" takes in the whole of June.
        for (from, through) in [("2020-03", "2020-06"), ("2020", "2020"), ("2021-06-07", "2022")] as [(String, String)] {
            let chosen = summaries.filter { $0.date >= from && String($0.date.prefix(through.count)) <= through }.compactMap { byID[$0.id] }
            let new = try index.timeline(from: from, through: through, resolutionDates: dates)
            same(new.timeline, Timeline.build(meetings: chosen, resolutionDates: dates), "timeline \(from)..\(through)")
            same(new.meetings, chosen.count, "timeline meetings \(from)..\(through)")
        }
        for m in meetings {
            same(try index.previousMeeting(of: m), MeetingComparison.previous(of: m, among: summaries)?.id, "previous of \(m.id)")
        }
        return views
    }
}
#endif
