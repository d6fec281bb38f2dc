import PlenaryModel
import XCTest

final class TimelineTests: XCTestCase {
    func testMeetingsEventsAndResolutionsOnOneAxis() {
        var second = SampleMeeting.make()
        second.id = "2019-01-01-later"
        second.date = "2019-01-01"
        second.events = [ReferencedEvent(date: "1992", label: "khojaly massacre", paragraph: 2)]
        let timeline = Timeline.build(
            meetings: [SampleMeeting.make(), second],
            resolutionDates: ["S/RES/822 (1993)": "1993-04-30"])
        XCTAssertEqual(timeline.entries.map(\.date), ["1992", "1993-04-30", "2017-09-19", "2019-01-01"])
        XCTAssertEqual(timeline.entries.map(\.kind), [.event, .resolution, .meeting, .meeting])
        XCTAssertEqual(timeline.entries[0].citedBy, 2, "the same event named by two meetings is one entry")
        XCTAssertEqual(timeline.entries[1].citedBy, 2)
        XCTAssertEqual(timeline.entries[1].paragraph, 2)
        XCTAssertEqual(timeline.suggestedGranularity, .year)

        let bins = timeline.bins(.year)
        XCTAssertEqual(bins.count, 2019 - 1992 + 1)
        XCTAssertEqual(bins.first, Timeline.Bin(key: "1992", meetings: 0, references: 1))
        XCTAssertEqual(bins.last, Timeline.Bin(key: "2019", meetings: 1, references: 0))
        XCTAssertEqual(bins.map(\.meetings).reduce(0, +), 2)
    }

    func testWithoutCatalogueTheSymbolGivesTheYear() {
        let timeline = Timeline.build(meetings: [SampleMeeting.make()])
        XCTAssertEqual(timeline.entries.first { $0.kind == .resolution }?.date, "1993")
        XCTAssertEqual(Timeline.year(of: "S/PRST/2021/3"), "2021")
        XCTAssertNil(Timeline.year(of: "A/RES/76/254"))
    }

    func testMonthBins() {
        var m = SampleMeeting.make()
        m.events = []
        m.paragraphs = m.paragraphs.map { p in
            var p = p; p.citations = []; return p
        }
        let timeline = Timeline.build(meetings: [m])
        XCTAssertEqual(timeline.suggestedGranularity, .month)
        let bins = timeline.bins(.month)
        XCTAssertEqual(bins.count, 12)
        XCTAssertEqual(bins[8], Timeline.Bin(key: "2017-09", meetings: 1, references: 0))
    }
}

final class TimelineJSONTests: XCTestCase {
    func testTheHandWrittenJSONIsRecordCodingsByteForByte() throws {
        let awkward =
            "Quote \" backslash \\ slash / tab \t newline \n cr \r bell \u{07} nul \u{00} esc \u{1B} \u{1F} é 日本 👍🏽 \u{2028} csi \u{9B} rlo \u{202E} fsi \u{2068} – ’"
        let entries = [
            Timeline.Entry(kind: .meeting, date: "2017-09-19", label: awkward, meetingID: "m-1", paragraph: nil, symbol: nil, citedBy: 0),
            Timeline.Entry(
                kind: .resolution, date: "1993", label: "S/RES/822 (1993)", meetingID: "m-2", paragraph: 4,
                symbol: "S/RES/822 (1993)", citedBy: 2),
            Timeline.Entry(kind: .event, date: "1992-02", label: "Khojaly", meetingID: "m-3", paragraph: 12, symbol: nil, citedBy: 1),
        ]
        XCTAssertEqual(TimelineJSON.encode(entries), String(decoding: try RecordCoding.encode(entries), as: UTF8.self))
        XCTAssertEqual(TimelineJSON.encode([]), String(decoding: try RecordCoding.encode([Timeline.Entry]()), as: UTF8.self))
        // In pieces, each ending after a whole entry, the same text.
        var pieces: [String] = []
        TimelineJSON.encode(entries, chunk: 10) { pieces.append($0) }
        XCTAssertEqual(pieces.count, entries.count + 1)
        XCTAssertEqual(pieces.joined(), TimelineJSON.encode(entries))
        XCTAssertTrue(pieces.dropLast().allSatisfy { $0.hasSuffix("}\n") || $0.hasSuffix("},\n") })
    }
}
