import PlenaryModel
import XCTest

/// Word diffs and the pairing of paragraphs between an earlier and a later meeting.
final class ComparisonTests: XCTestCase {
    func testWordDiffMarksWhatChanged() {
        XCTAssertEqual(
            WordDiff.pieces(from: "The Council condemned the attack.", to: "The Council condemned the attack."),
            [DiffPiece(.same, "The Council condemned the attack.")])
        XCTAssertEqual(
            WordDiff.pieces(from: "The Council condemned the attack.", to: "The Council strongly condemned the attacks."),
            [
                DiffPiece(.same, "The Council"), DiffPiece(.added, "strongly"), DiffPiece(.same, "condemned the"),
                DiffPiece(.removed, "attack."), DiffPiece(.added, "attacks."),
            ])
        XCTAssertEqual(WordDiff.pieces(from: "", to: "New text."), [DiffPiece(.added, "New text.")])
        XCTAssertEqual(WordDiff.pieces(from: "Old text.", to: ""), [DiffPiece(.removed, "Old text.")])
        // Case is language: "Condemns" → "condemns" is a change.
        XCTAssertEqual(
            WordDiff.pieces(from: "Condemns it", to: "condemns it"),
            [DiffPiece(.removed, "Condemns"), DiffPiece(.added, "condemns"), DiffPiece(.same, "it")])
    }

    func testEitherTextCanBeRebuiltFromTheDiff() {
        let base =
            "The Ministers reaffirmed their support for the sovereignty territorial integrity and the inviolability of the internationally recognized borders of the Republic"
            .split(separator: " ").map(String.init)
        var generator = SplitMix(seed: 7)
        for _ in 0..<200 {
            var a = base, b = base
            for _ in 0..<Int(generator.next() % 6) { a.remove(at: Int(generator.next() % UInt64(a.count))) }
            for _ in 0..<Int(generator.next() % 6) {
                b.insert("new\(generator.next() % 5)", at: Int(generator.next() % UInt64(b.count + 1)))
            }
            let pieces = WordDiff.pieces(from: a.joined(separator: " "), to: b.joined(separator: " "))
            let old = pieces.filter { $0.kind != .added }.map(\.text).joined(separator: " ")
            let new = pieces.filter { $0.kind != .removed }.map(\.text).joined(separator: " ")
            XCTAssertEqual(old, a.joined(separator: " "))
            XCTAssertEqual(new, b.joined(separator: " "))
            // Longest: `a` is a subsequence of `b` here, so every word of `a` must be kept.
            let kept = pieces.filter { $0.kind == .same }.flatMap { $0.text.split(separator: " ") }.count
            XCTAssertEqual(kept, a.count)
        }
    }

    func testParagraphsArePairedWhereverTheyMoved() {
        let older = meeting(
            "2017-09-19-cg",
            [
                "The Contact Group met in New York on 19 September 2017.",
                "It condemned the continued violation of the ceasefire by the armed forces of Armenia.",
                "It thanked the Secretary General for his report on the situation.",
                "It decided to remain seized of the matter.",
            ])
        let newer = meeting(
            "2018-09-27-cg",
            [
                "The Contact Group met in New York on 27 September 2018.",
                "It decided to remain seized of the matter.",
                "It strongly condemned the continued violation of the ceasefire by the armed forces of Armenia.",
                "It welcomed the new members of the Group.",
            ])
        let comparison = MeetingComparison.compare(older, newer)
        XCTAssertEqual(comparison.entries.map(\.kind), [.changed, .unchanged, .changed, .dropped, .added])
        XCTAssertEqual(comparison.entries.map(\.old), [1, 4, 2, 3, nil])
        XCTAssertEqual(comparison.entries.map(\.new), [1, 2, 3, nil, 4])
        XCTAssertEqual(comparison.entries[2].pieces.filter { $0.kind == .added }, [DiffPiece(.added, "strongly")])
        XCTAssertEqual(comparison.count(.changed), 2)
        XCTAssertEqual(
            comparison.entries[3].pieces, [DiffPiece(.removed, "It thanked the Secretary General for his report on the situation.")])
    }

    func testParagraphsSharingLessThanHalfTheirWordsAreNotPaired() {
        let older = meeting("2017-01-01-a", ["The Council adopted the agenda of the meeting without a vote."])
        let newer = meeting("2018-01-01-a", ["The Council heard a briefing on the humanitarian situation in the region."])
        XCTAssertEqual(MeetingComparison.compare(older, newer).entries.map(\.kind), [.dropped, .added])
    }

    private func meeting(_ id: String, _ texts: [String]) -> Meeting {
        Meeting(
            id: id, title: "Contact Group", date: String(id.prefix(10)), organization: "OIC", body: "Contact Group",
            paragraphs: texts.enumerated().map { Paragraph(index: $0.offset + 1, number: "\($0.offset + 1)", text: $0.element) })
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
