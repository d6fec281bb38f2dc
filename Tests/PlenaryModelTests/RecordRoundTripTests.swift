import Foundation
import PlenaryModel
import XCTest

final class RecordRoundTripTests: XCTestCase {
    func testDecodeEncodeGivesIdenticalBytes() throws {
        let first = try RecordCoding.encode(SampleMeeting.make())
        let decoded = try RecordCoding.decode(Meeting.self, from: first)
        XCTAssertEqual(decoded, SampleMeeting.make())
        let second = try RecordCoding.encode(decoded)
        XCTAssertEqual(first, second)
    }

    func testEncodingIsPrettySortedAndWritesNulls() throws {
        let text = String(decoding: try RecordCoding.encode(SampleMeeting.make()), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\n"))
        XCTAssertTrue(text.hasSuffix("}\n"))
        XCTAssertTrue(text.contains("\"endDate\" : null"), "unknown header fields are written as null")
        XCTAssertTrue(text.contains("sources/2017/"), "slashes are not escaped")
        let keys = ["attendance", "body", "date", "datePrinted", "endDate", "events", "format", "id"]
        let positions = keys.map { text.range(of: "\n  \"\($0)\"")!.lowerBound }
        XCTAssertEqual(positions, positions.sorted(), "top-level keys are sorted")
    }

    func testMissingArraysDecodeAsEmpty() throws {
        let json = #"{"format":"plenary.meeting/1","id":"x","title":"T","date":"2020-01-01"}"#
        let meeting = try RecordCoding.decode(Meeting.self, from: Data(json.utf8))
        XCTAssertEqual(meeting.paragraphs, [])
        XCTAssertEqual(MeetingValidator.validate(meeting), [])
    }
}
