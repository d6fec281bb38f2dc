import Foundation

/// Reads one paragraph's text out of a meeting file's bytes without decoding the whole
/// record: a result page needs fifty paragraphs from up to fifty files, and a full decode
/// of each costs more than the whole search.
///
/// It relies on the layout `RecordCoding` writes (sorted keys: a paragraph's `"index"`
/// comes before its `"text"`, which is its last key) and checks it: no other `"index"` may
/// lie between the two, and the text must close the object. Anything else — a file edited
/// by hand in another layout — returns `nil`, and the caller decodes the record instead.
enum ParagraphText {
    static func extract(from data: Data, index: Int) -> String? {
        data.withUnsafeBytes { raw -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let indexKey = Array("\"index\"".utf8)
            let textKey = Array("\"text\"".utf8)
            var i = 0
            while let at = find(indexKey, in: bytes, from: i) {
                var j = skipSpace(bytes, at + indexKey.count)
                guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { i = at + 1; continue }
                j = skipSpace(bytes, j + 1)
                var value = 0
                let digitsStart = j
                while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39, j - digitsStart < 9 {
                    value = value * 10 + Int(bytes[j] - 0x30)
                    j += 1
                }
                guard j > digitsStart, value == index else { i = j; continue }
                guard let text = find(textKey, in: bytes, from: j) else { return nil }
                if let other = find(indexKey, in: bytes, from: j), other < text { return nil }
                var k = skipSpace(bytes, text + textKey.count)
                guard k < bytes.count, bytes[k] == UInt8(ascii: ":") else { return nil }
                k = skipSpace(bytes, k + 1)
                guard k < bytes.count, bytes[k] == UInt8(ascii: "\"") else { return nil }
                guard let (string, end) = decodeString(bytes, from: k + 1) else { return nil }
                let after = skipSpace(bytes, end)
                guard after < bytes.count, bytes[after] == UInt8(ascii: "}") else { return nil }
                return string
            }
            return nil
        }
    }

    static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var i = from
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        return i
    }

    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = from
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// A JSON string body starting after its opening quote: the text and the index after the closing quote.
    static func decodeString(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (String, Int)? {
        var out: [UInt8] = []
        var i = from
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for b in bytes[at..<at + 4] {
                v <<= 4
                switch b {
                case 0x30...0x39: v |= UInt32(b - 0x30)
                case 0x41...0x46: v |= UInt32(b - 0x41 + 10)
                case 0x61...0x66: v |= UInt32(b - 0x61 + 10)
                default: return nil
                }
            }
            return v
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                return (String(decoding: out, as: UTF8.self), i + 1)
            }
            if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
            guard i + 1 < bytes.count else { return nil }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var code = hex4(i) else { return nil }
                i += 4
                if (0xD800..<0xDC00).contains(code) {
                    guard i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                        let low = hex4(i + 2), (0xDC00..<0xE000).contains(low)
                    else { return nil }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                guard let scalar = Unicode.Scalar(code) else { return nil }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                return nil
            }
        }
        return nil
    }
}
