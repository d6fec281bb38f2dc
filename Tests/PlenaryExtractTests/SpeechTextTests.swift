import Foundation
import PlenaryModel
import PlenaryTestSupport
import XCTest
@testable import PlenaryExtract

/// Speech files (no headline, no dateline) are told from press releases and readouts; the
/// delegation comes from the file name; overrides from flags and meta files are checked.
final class SpeechTextTests: XCTestCase {
    func testSalutationOrFirstPersonProseIsASpeech() {
        XCTAssertTrue(SpeechText.isSpeech("Mr. President,\n\nI congratulate you on your election.\n\nWe face many crises.\n"))
        let prose =
            "The United Nations was born after the Second World War out of a global consensus on the need to maintain peace.\n"
            + "But where are we in all of this? I must admit the answer is clear.\n\nWe are straying further every day.\n"
        XCTAssertTrue(SpeechText.isSpeech(prose))
    }

    func testHeadlinedOrDatedDocumentsAreNotSpeeches() {
        XCTAssertFalse(SpeechText.isSpeech("Council of Ministers meets in Accra\n\n5 May 2021\n\nI was there, the minister said.\n"))
        XCTAssertFalse(SpeechText.isSpeech("---\ntitle: Readout\n---\n\nI met the President today.\n\nMore.\n"))
        XCTAssertFalse(SpeechText.isSpeech("Readout of the meeting\nAccra, 5 May 2021\nI was glad to host the Council.\n\nMore.\n"))
        // A verbatim record's running header dates a speech cut from it.
        let cut =
            "I congratulate you, Mr. President, on your election and I wish you success.\n15-29562 43/54\nA/70/PV.19 30/09/2015\nMore.\n"
        XCTAssertEqual(SpeechText.read(cut), SpeechText.Speech(record: "A/70/PV.19", recordDate: "2015-09-30"))
        // Third person prose with no "I": a readout, not a speech.
        XCTAssertFalse(
            SpeechText.isSpeech(
                "The President met the Prime Minister of Sweden in Stockholm to discuss trade and security.\n\nThey agreed.\n\nEnd.\n"))
    }

    func testDelegationFromFileName() {
        XCTAssertEqual(FileNameDelegation.find(in: "SYR_75_2020.txt")?.name, "Syrian Arab Republic")
        XCTAssertEqual(FileNameDelegation.find(in: "/x/2020-USA-statement.txt")?.code, "USA")
        XCTAssertEqual(FileNameDelegation.find(in: "sweden-statement.txt")?.code, "SWE")
        XCTAssertNil(FileNameDelegation.find(in: "and-can-per.txt"), "lower-case words are not codes")
        XCTAssertNil(FileNameDelegation.find(in: "FRA-DEU-joint.txt"), "two states: no single delegation")
        XCTAssertNil(FileNameDelegation.find(in: "readout.txt"))
        XCTAssertEqual(FileNameDelegation.find(in: "EU_75_2020.txt")?.code, "EU", "an organisation speaking as a delegation")
        XCTAssertEqual(FileNameDelegation.find(in: "SYR_UN_2020.txt")?.code, "SYR", "a state before an organisation")
    }

    func testAddressIsNeverATitle() {
        XCTAssertTrue(SpeechText.isAddress("Excellences, Ladies and Gentlemen, dear Friends, Mr. President"))
        XCTAssertTrue(SpeechText.isAddress("Mr. President,"))
        XCTAssertFalse(
            SpeechText.isAddress("Secretary-General Rejects ‘Male Chauvinist’ Domination of Tech Sector, Calls for Overhaul | UN Press"))
        XCTAssertFalse(SpeechText.isAddress("Council of Ministers meets in Accra"))
        XCTAssertFalse(
            SpeechText.isAddress("President Biden, Prime Minister Kishida, and President Yoon Hold Trilateral Summit at Camp David"))
        XCTAssertFalse(
            SpeechText.isAddress("President Biden, Prime Minister Kishida, President Yoon"), "leaders named, no audience addressed")
        let meeting = Meeting(
            id: "2020-09-26-x", title: "Mr. President, Excellencies, Ladies and Gentlemen,", date: "2020-09-26",
            body: "General Assembly general debate")
        let retitled = SpeechPlan.retitled(meeting, fileName: "SVN_75_2020.txt", given: SourceOverrides())
        XCTAssertEqual(retitled.title, "General Assembly general debate: Republic of Slovenia")
        XCTAssertEqual(retitled.id, "2020-09-26-general-assembly-general-debate-slovenia")
        XCTAssertEqual(
            SpeechPlan.retitled(meeting, fileName: "SVN_75_2020.txt", given: SourceOverrides(title: "T")), meeting,
            "a given title is kept")
        XCTAssertEqual(
            SpeechPlan.retitled(meeting, fileName: "statement.txt", given: SourceOverrides()), meeting,
            "no delegation in the file name: nothing changes")
    }

    func testSpeechIsOneMeetingDatedOnlyByWhatIsGiven() throws {
        let text =
            "Mr. President,\n\nI speak for my country. In June 1967 our land was occupied.\n\n15-29562 43/54\n\nWe recall resolution 242 (1967).\n"
        let speech = try XCTUnwrap(SpeechText.read(text))
        XCTAssertThrowsError(
            try SpeechPlan.make(speech, fileName: "SYR_75_2020.txt", given: SourceOverrides(), force: false, fallbackDate: "2026-01-01"))
        let given = SourceOverrides(date: "2020-09-26", body: "General Assembly general debate")
        let plan = try SpeechPlan.make(speech, fileName: "SYR_75_2020.txt", given: given, force: false, fallbackDate: "2026-01-01")
        let meeting = try Extractor().extractSpeech(text: text, encoding: "utf-8", plan: plan, options: ExtractOptions())
        XCTAssertEqual(meeting.date, "2020-09-26")
        XCTAssertEqual(meeting.title, "General Assembly general debate: Syrian Arab Republic")
        XCTAssertEqual(meeting.paragraphs.map(\.text).first, "Mr. President,")
        XCTAssertFalse(meeting.paragraphs.contains { $0.text.contains("43/54") }, "page furniture left out")
        XCTAssertEqual(meeting.citations.compactMap(\.symbol), ["S/RES/242 (1967)"])
        XCTAssertEqual(meeting.source?.overrides, given, "the title is not recorded as given")
        XCTAssertEqual(meeting.people.first, Person(id: "representative-syr", name: nil, role: "representative", of: "SYR"))
        XCTAssertEqual(
            meeting.statements, [Statement(speaker: "representative-syr", paragraphs: meeting.paragraphs.map(\.index), mode: .direct)])
        XCTAssertTrue(meeting.paragraphs.allSatisfy { $0.speakers == ["representative-syr"] })
        XCTAssertTrue(MeetingValidator.validate(meeting).isEmpty)
        // With --force and no date: the fallback day, never 1967.
        let forced = try SpeechPlan.make(speech, fileName: "x.txt", given: SourceOverrides(), force: true, fallbackDate: "2026-01-01")
        XCTAssertEqual(forced.effective.date, "2026-01-01")
        XCTAssertNil(forced.effective.title)
    }

    func testOverridesFromFlagsAndMetaFiles() throws {
        let flags = try MetaOverrides.fromFlags(
            date: "2020-09-25", title: nil, org: "UN", body: "General Assembly general debate", location: nil)
        XCTAssertEqual(flags, SourceOverrides(date: "2020-09-25", organization: "UN", body: "General Assembly general debate"))
        XCTAssertThrowsError(try MetaOverrides.fromFlags(date: "25/09/2020", title: nil, org: nil, body: nil, location: nil)) { error in
            XCTAssertEqual(error as? OverrideError, .badDate("25/09/2020"))
        }
        XCTAssertThrowsError(try MetaOverrides.fromFlags(date: "2021-02-29", title: nil, org: nil, body: nil, location: nil))
        let meta = try MetaOverrides.fromMetaFile(Data(#"{"date": "2021-05-05", "org": "ECOWAS", "location": "Accra"}"#.utf8))
        XCTAssertEqual(meta, SourceOverrides(date: "2021-05-05", organization: "ECOWAS", location: "Accra"))
        XCTAssertThrowsError(try MetaOverrides.fromMetaFile(Data(#"{"dat": "2021-05-05"}"#.utf8))) { error in
            XCTAssertEqual(error as? OverrideError, .unknownKey("dat"))
        }
        XCTAssertThrowsError(try MetaOverrides.fromMetaFile(Data("{\"date\": ".utf8)))
        XCTAssertThrowsError(try MetaOverrides.fromMetaFile(Data(#"{"title": 3}"#.utf8))) { error in
            XCTAssertEqual(error as? OverrideError, .notAString(key: "title"))
        }
        XCTAssertEqual(flags.overlaid(by: meta).organization, "ECOWAS")
        XCTAssertEqual(flags.overlaid(by: meta).body, "General Assembly general debate")
        XCTAssertEqual(MetaOverrides.candidates(for: "in/a.txt"), ["in/a.txt.meta.json", "in/a.meta.json"])
    }

    func testOverridesReplaceHeaderAndAreRecorded() throws {
        let text = "Council of Ministers meets\n\n1. The ECOWAS Council of Ministers met in Accra on 5 May 2021.\n"
        var options = ExtractOptions()
        options.overrides = SourceOverrides(date: "2021-05-06", title: "Extraordinary session", location: "Abuja")
        let meeting = try XCTUnwrap(Extractor().extract(text: text, format: .text, options: options).first)
        XCTAssertEqual(meeting.date, "2021-05-06")
        XCTAssertEqual(meeting.title, "Extraordinary session")
        XCTAssertEqual(meeting.location, "Abuja")
        XCTAssertTrue(meeting.id.hasPrefix("2021-05-06-"), meeting.id)
        XCTAssertEqual(meeting.source?.overrides, options.overrides)
        XCTAssertTrue(MeetingValidator.validate(meeting).isEmpty)
        // A document with no date and no body becomes a meeting once both are given.
        let bare = "Talks on water\n\nThe delegations talked about water for a long while and agreed to meet again.\n"
        XCTAssertThrowsError(try Extractor().extract(text: bare, format: .text))
        options.overrides = SourceOverrides(date: "2022-01-02", body: "Water talks")
        XCTAssertEqual(try Extractor().extract(text: bare, format: .text, options: options).first?.body, "Water talks")
    }

    /// Speech files of the General Debate corpus are recognised as speeches and named by their
    /// delegation; the documents with a meeting of the two shared sets are not taken for speeches.
    func testCorpora() throws {
        let ungdc = try SharedFolder.require("corpora/ungdc/speeches_txt")
        let files = try FileManager.default.subpathsOfDirectory(atPath: ungdc.path).filter { $0.hasSuffix(".txt") }.sorted()
        var speeches = 0, named = 0
        for file in files {
            let text = try String(contentsOf: ungdc.appendingPathComponent(file), encoding: .utf8)
            if SpeechText.isSpeech(text) { speeches += 1 }
            if FileNameDelegation.find(in: file) != nil { named += 1 }
        }
        print("ungdc: \(speeches)/\(files.count) read as speeches, \(named) named by a delegation")
        XCTAssertGreaterThanOrEqual(Double(speeches), 0.95 * Double(files.count))
        var taken: [String] = []
        var documents = 0
        for set in ["real-documents", "press-releases"] {
            let folder = try SharedFolder.require(set)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where name.hasSuffix(".truth.json") {
                let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any]
                guard let file = truth?["file"] as? String, let meetings = truth?["meetings"] as? [Any], !meetings.isEmpty,
                    let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path),
                    let text = try? DocumentDecoder.decode(data).text
                else { continue }
                documents += 1
                if SpeechText.isSpeech(text) { taken.append(file) }
            }
        }
        print("shared sets: \(taken.count) of \(documents) documents with a meeting read as speeches: \(taken)")
        XCTAssertEqual(taken, [])
    }
}
