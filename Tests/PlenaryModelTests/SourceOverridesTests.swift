import Foundation
import PlenaryModel
import XCTest

/// `source.overrides` is written only when the importer gave values, and records without it
/// (every record written before it existed) still read.
final class SourceOverridesTests: XCTestCase {
    func testOverridesRoundTripAndOnlyGivenKeysAreWritten() throws {
        var meeting = SampleMeeting.make()
        meeting.source?.overrides = SourceOverrides(date: "2020-09-26", body: "General Assembly general debate")
        let data = try RecordCoding.encode(meeting)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"overrides\" : {"), text)
        XCTAssertFalse(text.contains("\"location\" : null"), "keys not given are left out of overrides")
        XCTAssertEqual(try RecordCoding.decode(Meeting.self, from: data), meeting)
        XCTAssertEqual(try RecordCoding.encode(try RecordCoding.decode(Meeting.self, from: data)), data)
    }

    func testRecordsWithoutOverridesKeepTheirShape() throws {
        let meeting = SampleMeeting.make()
        XCTAssertNil(meeting.source?.overrides)
        let text = String(decoding: try RecordCoding.encode(meeting), as: UTF8.self)
        XCTAssertFalse(text.contains("overrides"), "no key when nothing was given")
        var empty = meeting
        empty.source?.overrides = SourceOverrides()
        XCTAssertFalse(String(decoding: try RecordCoding.encode(empty), as: UTF8.self).contains("overrides"))
    }

    func testResolutionDocumentFileNames() {
        XCTAssertEqual(ResolutionDocument.fileName(for: "A/RES/80/10"), "A-RES-80-10")
        XCTAssertEqual(ResolutionDocument.fileName(for: "S/RES/2719 (2023)"), "S-RES-2719-2023")
        XCTAssertEqual(ResolutionDocument.fileName(for: "A/RES/ES-11/1"), "A-RES-ES-11-1")
        XCTAssertEqual(ResolutionDocument.fileName(for: "../../etc/passwd"), "etc-passwd", "never a path")
        XCTAssertEqual(ResolutionDocument.fileName(for: "///"), "resolution")
    }
}
