import SafeText
import XCTest

/// `StoredText.isClean` reads eight bytes at a time: a control or bidi sequence is found at
/// every offset, also across the boundary of two words, and clean text stays clean.
final class StoredTextWordScanTests: XCTestCase {
    func testEveryForbiddenSequenceIsFoundAtEveryOffset() {
        let bad: [[UInt8]] = [
            [0x1B], [0x00], [0x07], [0x7F], [0x0D], [0xC2, 0x9B], [0xE2, 0x80, 0xAE], [0xE2, 0x81, 0xA6], [0xEF, 0xBB, 0xBF],
        ]
        for sequence in bad {
            for offset in 0..<24 {
                var bytes = Array(repeating: UInt8(ascii: "a"), count: 30)
                bytes.replaceSubrange(offset..<(offset + sequence.count), with: sequence)
                let text = String(decoding: bytes, as: UTF8.self)
                XCTAssertFalse(StoredText.isClean(text), "\(sequence) at \(offset)")
                XCTAssertTrue(StoredText.isClean(StoredText.clean(text)), "\(sequence) at \(offset) cleaned")
            }
        }
    }

    func testNewlinesTabsAndOtherNonASCIIAreClean() {
        for offset in 0..<24 {
            for sequence in ["\n", "\t", "é", "€", "—", "Ω", "\u{2060}", "\u{202F}"] {
                let text = String(repeating: "a", count: offset) + sequence + String(repeating: "b", count: 17)
                XCTAssertTrue(StoredText.isClean(text), "\(sequence.debugDescription) at \(offset)")
            }
        }
    }
}
