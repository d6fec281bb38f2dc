import Foundation
import PlenaryExtract
import PlenaryModel
import PlenaryTestSupport
import XCTest

/// Scores extraction against the hand-checked truth files of ../shared/press-releases
/// (conventions in its README) and asserts the targets of issue 3. Prints one line per
/// document and the totals, so a regression shows where it happened.
final class PressReleaseScoringTests: XCTestCase {
    struct Truth: Decodable {
        struct MeetingTruth: Decodable {
            struct Speaker: Decodable {
                var name: String?
                var honorifics: [String]
                var role: String?
                var of: String?
                var paragraphs: [Int]
            }
            struct CitationTruth: Decodable {
                var symbol: String
                var block: Int
            }
            var title: String
            var organization: String?
            var body: String?
            var level: String?
            var location: String?
            var date: String
            var end_date: String?
            var blocks: Int
            var numbered_paragraphs: Int
            var attendees: [String]
            var speakers: [Speaker]
            var citations: [CitationTruth]
        }
        var file: String
        var encoding: String
        var meetings: [MeetingTruth]
    }

    /// True positives, and the sizes of the predicted and true sets, pooled over documents.
    struct Counts {
        var tp = 0, predicted = 0, actual = 0
        mutating func add<T: Hashable>(_ p: Set<T>, _ t: Set<T>) {
            tp += p.intersection(t).count
            predicted += p.count
            actual += t.count
        }
        var f1: Double {
            if predicted == 0 && actual == 0 { return 1 }
            guard tp > 0 else { return 0 }
            let precision = Double(tp) / Double(predicted), recall = Double(tp) / Double(actual)
            return 2 * precision * recall / (precision + recall)
        }
    }

    static func speakerKey(name: String?, of: String?) -> String {
        if let name {
            return name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return "(unnamed) " + (of ?? "?")
    }

    func testPressReleasesMeetTheTargets() throws {
        let folder = try SharedFolder.require("press-releases")
        let truthFiles = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".truth.json") }.sorted()
        XCTAssertFalse(truthFiles.isEmpty, "no .truth.json files in \(folder.path)")
        let extractor = Extractor()

        var dates = 0, dateTotal = 0, blocksExact = 0, encodings = 0, documents = 0, numberedExact = 0
        var headerExact: [String: Int] = [:]
        var speakerFields: [String: Int] = [:]
        var speakersMatched = 0
        var attendees = Counts(), names = Counts(), speakerBlocks = Counts(), citations = Counts()
        print("document                                   date  blocks  attend  names   spk→blk cites")
        for truthFile in truthFiles {
            let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: folder.appendingPathComponent(truthFile)))
            var documentURL = folder.appendingPathComponent(truth.file)
            if !FileManager.default.fileExists(atPath: documentURL.path) {
                documentURL = SharedFolder.url.appendingPathComponent("seeds").appendingPathComponent(truth.file)
            }
            guard FileManager.default.fileExists(atPath: documentURL.path) else {
                print("SKIP: \(truth.file) named by \(truthFile) is not present")
                continue
            }
            documents += 1
            let result: Extractor.Result
            do {
                result = try extractor.extract(Data(contentsOf: documentURL))
            } catch {
                XCTFail("\(truth.file): \(error)")
                continue
            }
            if result.encoding == truth.encoding { encodings += 1 }
            var doc = (date: 0, blocks: 0, att: Counts(), names: Counts(), s2b: Counts(), cites: Counts())
            for (i, t) in truth.meetings.enumerated() {
                dateTotal += 1
                guard i < result.meetings.count else { continue }
                let m = result.meetings[i]
                if m.date == t.date && m.endDate == t.end_date { doc.date += 1 }
                if m.paragraphs.count == t.blocks { doc.blocks += 1 }
                if m.paragraphs.filter({ $0.number != nil }).count == t.numbered_paragraphs { numberedExact += 1 }
                for (field, got, want) in [
                    ("title", m.title, t.title), ("organization", m.organization, t.organization),
                    ("body", m.body, t.body), ("level", m.level, t.level), ("location", m.location, t.location),
                ] as [(String, String?, String?)] {
                    if got == want {
                        headerExact[field, default: 0] += 1
                    } else {
                        print("  \(truth.file): \(field) \(got ?? "null") ≠ \(want ?? "null")")
                    }
                }
                doc.att.add(Set(m.attendance.compactMap(\.country)), Set(t.attendees))
                let people = Dictionary(uniqueKeysWithValues: m.people.map { ($0.id, $0) })
                let key = { (p: Person) in Self.speakerKey(name: p.name, of: p.of) }
                doc.names.add(Set(m.people.map(key)), Set(t.speakers.map { Self.speakerKey(name: $0.name, of: $0.of) }))
                for s in t.speakers {
                    guard let p = m.people.first(where: { key($0) == Self.speakerKey(name: s.name, of: s.of) }) else { continue }
                    speakersMatched += 1
                    if p.honorifics == s.honorifics { speakerFields["honorifics", default: 0] += 1 }
                    if p.role == s.role { speakerFields["role", default: 0] += 1 }
                    if p.of == s.of { speakerFields["of", default: 0] += 1 }
                }
                var predictedBlocks = Set<String>()
                for p in m.paragraphs {
                    for s in p.speakers { if let person = people[s] { predictedBlocks.insert("\(key(person))#\(p.index)") } }
                }
                doc.s2b.add(
                    predictedBlocks,
                    Set(t.speakers.flatMap { s in s.paragraphs.map { "\(Self.speakerKey(name: s.name, of: s.of))#\($0)" } }))
                let cited = Set(m.paragraphs.flatMap { p in p.citations.compactMap { $0.symbol.map { "\($0)#\(p.index)" } } })
                doc.cites.add(cited, Set(t.citations.map { "\($0.symbol)#\($0.block)" }))
                for problem in MeetingValidator.validate(m) { XCTFail("\(truth.file): invalid record: \(problem)") }
            }
            if result.meetings.count != truth.meetings.count {
                print("  \(truth.file): \(result.meetings.count) meetings extracted, \(truth.meetings.count) expected")
            }
            dates += doc.date
            blocksExact += doc.blocks
            attendees.tp += doc.att.tp; attendees.predicted += doc.att.predicted; attendees.actual += doc.att.actual
            names.tp += doc.names.tp; names.predicted += doc.names.predicted; names.actual += doc.names.actual
            speakerBlocks.tp += doc.s2b.tp; speakerBlocks.predicted += doc.s2b.predicted; speakerBlocks.actual += doc.s2b.actual
            citations.tp += doc.cites.tp; citations.predicted += doc.cites.predicted; citations.actual += doc.cites.actual
            let n = truth.meetings.count
            print(
                String(
                    format: "%@ %d/%d   %d/%d     %.2f    %.2f    %.2f    %.2f",
                    truth.file.padding(toLength: 42, withPad: " ", startingAt: 0), doc.date, n, doc.blocks, n,
                    doc.att.f1, doc.names.f1, doc.s2b.f1, doc.cites.f1))
        }
        guard dateTotal > 0 else { throw XCTSkip("SKIP: no press-release documents found beside their truth files") }
        let dateScore = Double(dates) / Double(dateTotal)
        print(
            String(
                format: "OVERALL (%d documents, %d meetings): dates %.1f%% exact, blocks %d/%d exact, encodings %d/%d, "
                    + "attendees F1 %.3f, speaker names F1 %.3f, speaker-to-block F1 %.3f, citations F1 %.3f",
                documents, dateTotal, dateScore * 100, blocksExact, dateTotal, encodings, documents,
                attendees.f1, names.f1, speakerBlocks.f1, citations.f1))
        print(
            "header fields exact (informational): "
                + ["title", "organization", "body", "level", "location"]
                .map { "\($0) \(headerExact[$0, default: 0])/\(dateTotal)" }.joined(separator: ", ")
                + ", numbered paragraphs \(numberedExact)/\(dateTotal)")
        print(
            "speaker fields exact (informational, of \(speakersMatched) matched speakers): "
                + ["honorifics", "role", "of"].map { "\($0) \(speakerFields[$0, default: 0])" }.joined(separator: ", "))
        XCTAssertGreaterThanOrEqual(dateScore, 0.95, "dates exact")
        XCTAssertGreaterThanOrEqual(attendees.f1, 0.95, "attendees F1")
        XCTAssertGreaterThanOrEqual(names.f1, 0.90, "speaker names F1")
        XCTAssertGreaterThanOrEqual(speakerBlocks.f1, 0.85, "speaker-to-block F1")
        XCTAssertGreaterThanOrEqual(citations.f1, 0.95, "citations F1")
    }
}
