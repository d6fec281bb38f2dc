import Foundation
import SafeText

/// Bytes → clean text: UTF-8, UTF-16 with a byte-order mark, Windows-1252 when the bytes are
/// not UTF-8; line ends unified; control characters, terminal escape sequences and bidi
/// overrides removed.
public enum DocumentDecoder {
    public static let maximumSize = 50 << 20

    public static func decode(_ data: Data) throws(ExtractError) -> DecodedDocument {
        guard data.count <= maximumSize else { throw .tooLarge(bytes: data.count, limit: maximumSize) }
        let bytes = [UInt8](data)
        guard !bytes.isEmpty else { throw .empty }
        if let what = binarySignature(bytes) { throw .binary(what: what) }

        var text: String
        var encoding: String
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            text = String(decoding: units, as: UTF16.self)
            encoding = "utf-16"
        } else {
            var body = bytes[...]
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = bytes[3...] }
            if body.contains(0) { throw .binary(what: "NUL bytes") }
            if let utf8 = String(validating: body, as: UTF8.self) {
                text = utf8
                encoding = "utf-8"
            } else {
                text = windows1252(body)
                encoding = "windows-1252"
            }
        }
        if needsCleaning(text) { text = clean(text) }
        guard text.unicodeScalars.contains(where: { !Folding.isSpace($0) }) else { throw .empty }
        guard encoding == "utf-8" || plausibleText(text) else { throw .binary(what: "mostly unprintable characters") }
        return DecodedDocument(text: text, encoding: encoding)
    }

    /// Well-known magic numbers of formats that are not documents Plenary reads.
    static func binarySignature(_ b: [UInt8]) -> String? {
        func starts(_ p: [UInt8]) -> Bool { b.count >= p.count && Array(b[0..<p.count]) == p }
        if starts([0x25, 0x50, 0x44, 0x46]) { return "PDF" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "ZIP/Office" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "JPEG image" }
        if starts([0x47, 0x49, 0x46, 0x38]) { return "GIF image" }
        if starts([0x1F, 0x8B]) { return "gzip" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "ELF executable" }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "OLE/Word document" }
        return nil
    }

    /// A byte scan: carriage returns, C0/C1 controls, DEL, bidi overrides or a BOM mean the
    /// slow cleaning pass.
    static func needsCleaning(_ text: String) -> Bool { !StoredText.isClean(text) }

    /// CRLF and CR → LF; C0/C1 controls (but tab and newline), ANSI escape sequences and bidi
    /// overrides and isolates dropped (`StoredText`, the rule the catalogue reader follows too).
    static func clean(_ text: String) -> String { StoredText.clean(text) }

    /// Rejects decoded text that is mostly symbols (binary bytes read as Windows-1252).
    static func plausibleText(_ text: String) -> Bool {
        var letters = 0, total = 0
        for s in text.unicodeScalars.prefix(8192) where !Folding.isSpace(s) {
            total += 1
            if s.properties.isAlphabetic || (s.value >= 0x30 && s.value <= 0x39) || s.value < 0x80 { letters += 1 }
        }
        return total == 0 || Double(letters) / Double(total) > 0.7
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (b >= 0x80 && b <= 0x9F) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            out.append(Unicode.Scalar(v)!)
        }
        return String(out)
    }
}
