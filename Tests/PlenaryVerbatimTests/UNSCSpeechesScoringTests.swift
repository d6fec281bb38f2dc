import Foundation
import PlenaryModel
import PlenaryRegistry
import PlenarySearch
import PlenaryStore
import PlenaryVerbatim
import PlenaryTestSupport
import XCTest

/// Imports every record of ../shared/corpora/unsc-speeches-2020/speeches/ into a fresh store with
/// the catalogue loaded, the way `plenary import` does, and scores speaker names and delegations
/// per speech against `speeches.tsv` and meeting dates against `meetings.tsv`. Prints the scores.
final class UNSCSpeechesScoringTests: XCTestCase {
    struct Imported {
        var store: Store
        var folder: URL
        var meetingsBySymbol: [String: Meeting]
        var folders: Int
    }

    nonisolated(unsafe) static var cached: Imported?

    override class func tearDown() {
        if let folder = cached?.folder { try? FileManager.default.removeItem(at: folder) }
        cached = nil
        super.tearDown()
    }

    private func importCorpus() throws -> Imported {
        if let cached = Self.cached { return cached }
        let speeches = try SharedFolder.require("corpora/unsc-speeches-2020/speeches")
        let catalogue = try SharedFolder.require("corpora/unsc-meetings-catalogue")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-verbatim-\(UUID().uuidString)")
        let store = try Store.create(folder)
        var inputs: [(name: String, text: String)] = []
        for name in ["resolutions.tsv", "meetings.tsv"] {
            inputs.append((name, try String(contentsOf: catalogue.appendingPathComponent(name), encoding: .utf8)))
        }
        let report = try store.importCatalog(inputs)
        XCTAssertEqual(report.problems, [], "the catalogue loads cleanly")
        let catalog = store.loadCatalog().catalog

        var paths: [String] = []
        let recordFolders = try FileManager.default.contentsOfDirectory(atPath: speeches.path).filter { !$0.hasPrefix(".") }.sorted()
        for record in recordFolders {
            let dir = speeches.appendingPathComponent(record)
            for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".txt") {
                paths.append(dir.appendingPathComponent(file).path)
            }
        }
        let (sources, rest) = VerbatimSource.group(paths)
        XCTAssertEqual(rest, [], "every speech file names its record")
        XCTAssertEqual(sources.count, recordFolders.count, "one record per folder")
        let builder = VerbatimRecordBuilder(resolvers: .standard, catalog: catalog)
        var bySymbol: [String: Meeting] = [:]
        for source in sources {
            let (texts, bytes, _) = try source.read()
            XCTAssertEqual(texts.count, source.files.count)
            let meeting = try builder.meeting(parts: texts, symbol: source.symbol)
            guard case .imported(let ids) = try store.importDocument([meeting], sourceBytes: bytes, sourceExtension: "txt") else {
                XCTFail("\(source.displayPath): not imported"); continue
            }
            bySymbol[meeting.symbol ?? ""] = try store.meeting(id: ids[0])
        }
        let imported = Imported(store: store, folder: folder, meetingsBySymbol: bySymbol, folders: recordFolders.count)
        Self.cached = imported
        return imported
    }

    func testOneMeetingPerRecordFolderWithoutFailure() throws {
        let imported = try importCorpus()
        XCTAssertEqual(imported.meetingsBySymbol.count, imported.folders)
        XCTAssertEqual(imported.store.allMeetings().problems, [])
        XCTAssertEqual(imported.store.meetingFiles().count, imported.folders)
        let resumption = try XCTUnwrap(imported.meetingsBySymbol["S/PV.8706 (Resumption 1)"])
        XCTAssertNotEqual(resumption.id, imported.meetingsBySymbol["S/PV.8706"]?.id)
        XCTAssertTrue(resumption.statements.allSatisfy { $0.mode == .direct })
    }

    func testSpeakerNamesAndDelegationsPerSpeech() throws {
        let imported = try importCorpus()
        let rows = try SharedFolder.table(SharedFolder.require("corpora/unsc-speeches-2020/speeches.tsv"))
        let resolve = VerbatimResolvers.standard.delegation
        var names = 0, nameHits = 0, delegations = 0, delegationHits = 0, languageHits = 0, languages = 0
        var excluded: [String] = []
        var misses: [String] = []
        for row in rows {
            guard let symbol = row["meeting_record"], let seq = Int(row["seq"] ?? ""),
                let meeting = imported.meetingsBySymbol[symbol]
            else { XCTFail("no meeting for \(row["file"] ?? "?")"); continue }
            // Turns align with files when every file opened with a label; otherwise the meeting's
            // rows all count as misses rather than shifting the comparison.
            let files = rows.filter { $0["meeting_record"] == symbol }.count
            guard meeting.statements.count == files else {
                names += 1; delegations += 1
                misses.append("\(symbol): \(meeting.statements.count) turns for \(files) files")
                continue
            }
            let statement = meeting.statements[seq - 1]
            let person = try XCTUnwrap(meeting.person(statement.speaker))
            let label = statement.attribution.flatMap { SpeakerLabel.parse($0) }

            // Name as the label prints it: titles and name, or "The" and the office.
            let office = ((label?.honorifics.isEmpty ?? true) ? ["The"] : label!.honorifics) + [label?.role ?? person.role ?? ""]
            let ours = person.name.map { (person.honorifics + [$0]).joined(separator: " ") } ?? office.joined(separator: " ")
            names += 1
            if ours == row["speaker_name"] {
                nameHits += 1
            } else {
                misses.append("name \(row["file"]!): \(ours) ≠ \(row["speaker_name"]!)")
            }

            // Delegation the label prints, as a code; "The President" prints none.
            let goldText = row["affiliation"] ?? ""
            let gold = goldText.isEmpty ? nil : resolve(goldText)
            if !goldText.isEmpty, gold == nil { excluded.append(goldText); continue }
            let oursDelegation = label?.affiliation == nil ? nil : person.of
            delegations += 1
            if oursDelegation == gold {
                delegationHits += 1
            } else {
                misses.append("delegation \(row["file"]!): \(oursDelegation ?? "none") ≠ \(goldText)")
            }

            let spoke = row["spoke_in"] ?? ""
            if !spoke.isEmpty, !spoke.contains(" ") {
                languages += 1
                if statement.language == spoke { languageHits += 1 }
            }
        }
        let nameScore = Double(nameHits) / Double(max(1, names))
        let delegationScore = Double(delegationHits) / Double(max(1, delegations))
        print(
            String(
                format: "unsc-speeches-2020: speaker names %d/%d = %.4f; delegations %d/%d = %.4f; languages %d/%d",
                nameHits, names, nameScore, delegationHits, delegations, delegationScore, languageHits, languages))
        print(
            "gold affiliations that name no delegation (corpus label errors, not scored): \(excluded.count): \(Set(excluded).sorted().prefix(5).joined(separator: " | "))"
        )
        for m in misses.prefix(20) { print("  miss \(m)") }
        XCTAssertGreaterThanOrEqual(nameScore, 0.98)
        XCTAssertGreaterThanOrEqual(delegationScore, 0.95)
        XCTAssertLessThan(excluded.count, rows.count / 20, "only the corpus's broken labels are left out")
    }

    func testMeetingDatesAgainstTheCatalogue() throws {
        let imported = try importCorpus()
        let rows = try SharedFolder.table(SharedFolder.require("corpora/unsc-speeches-2020/meetings.tsv"))
        var scored = 0, hits = 0
        for row in rows {
            guard let symbol = row["meeting_record"], let gold = row["date"], !gold.isEmpty else { continue }
            let meeting = try XCTUnwrap(imported.meetingsBySymbol[symbol], symbol)
            scored += 1
            // A record resumed on a later day spans its dates; the corpus names one of them.
            if meeting.date == gold || (meeting.date <= gold && gold <= (meeting.endDate ?? meeting.date)) {
                hits += 1
            } else {
                print("  date miss \(symbol): \(meeting.date) ≠ \(gold)")
            }
        }
        print("unsc-speeches-2020: meeting dates \(hits)/\(scored)")
        XCTAssertGreaterThan(scored, 50)
        XCTAssertEqual(hits, scored)
    }

    func testOnePersonAcrossMeetings() throws {
        let imported = try importCorpus()
        let index = try SearchIndex.open(store: imported.store)
        XCTAssertEqual(index.lastChanges.unreadable, 0)
        let people = try index.people()
        let russian = people.filter { $0.of == "RUS" && $0.name == "Nebenzia" }
        XCTAssertEqual(russian.count, 1, "Mr. Nebenzia appears once")
        let person = try XCTUnwrap(russian.first)
        XCTAssertGreaterThanOrEqual(person.meetings, 20)
        let statements = try index.statements(of: person.id)
        XCTAssertEqual(statements.count, person.statements)
        XCTAssertEqual(statements.map(\.date), statements.map(\.date).sorted())
        // Every named speaker is one registry person per delegation.
        var seen: [String: Int] = [:]
        for p in people where p.name != nil { seen["\(p.name!)|\(p.of ?? "")", default: 0] += 1 }
        XCTAssertEqual(seen.filter { $0.value > 1 }.map(\.key), [])
    }
}
