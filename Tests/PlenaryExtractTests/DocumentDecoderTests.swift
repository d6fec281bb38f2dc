import Foundation
import PlenaryExtract
import XCTest

final class DocumentDecoderTests: XCTestCase {
    func testUTF16WithByteOrderMark() throws {
        var data = Data([0xFF, 0xFE])
        data.append("Çavuşoğlu met\r\n".data(using: .utf16LittleEndian)!)
        let d = try DocumentDecoder.decode(data)
        XCTAssertEqual(d.encoding, "utf-16")
        XCTAssertEqual(d.text, "Çavuşoğlu met\n")
    }

    func testWindows1252WhenNotUTF8() throws {
        let d = try DocumentDecoder.decode(Data([0x43, 0xF4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x49, 0x76, 0x6F, 0x69, 0x72, 0x65]))
        XCTAssertEqual(d.encoding, "windows-1252")
        XCTAssertEqual(d.text, "Côte d’Ivoire")
    }

    func testControlCharactersAndEscapesRemoved() throws {
        let d = try DocumentDecoder.decode(Data("a\u{1B}[31mred\u{1B}[0m\u{07}b\r\nc\u{00A0}d".utf8))
        XCTAssertEqual(d.text, "aredb\nc\u{00A0}d", "non-breaking space kept as written")
    }

    func testBadInput() {
        XCTAssertThrowsError(try DocumentDecoder.decode(Data())) { XCTAssertEqual($0 as? ExtractError, .empty) }
        XCTAssertThrowsError(try DocumentDecoder.decode(Data(" \n\t\n".utf8))) { XCTAssertEqual($0 as? ExtractError, .empty) }
        XCTAssertThrowsError(try DocumentDecoder.decode(Data("%PDF-1.4\n".utf8))) {
            guard case .binary = $0 as? ExtractError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try DocumentDecoder.decode(Data([0x41, 0x00, 0x42, 0x00, 0x00]))) {
            guard case .binary = $0 as? ExtractError else { return XCTFail("\($0)") }
        }
    }

    func testFormatDetection() {
        XCTAssertEqual(DocumentFormat.detect("<!DOCTYPE html><html><body><p>x</p></body></html>"), .html)
        XCTAssertEqual(DocumentFormat.detect("1. The Council met <on> 5 May."), .text)
    }
}
