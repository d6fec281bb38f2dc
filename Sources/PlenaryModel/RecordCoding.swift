import Foundation

/// The one JSON encoding of records: pretty-printed, sorted keys, slashes unescaped, a
/// trailing newline. Every writer goes through here so files diff cleanly and a
/// decode → encode round trip reproduces the bytes.
public enum RecordCoding {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = escapingInvisibleControls(try encoder().encode(value))
        data.append(0x0A)
        return data
    }

    /// JSONEncoder escapes C0 controls but writes C1 controls (U+0080–U+009F), bidi
    /// overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the line and paragraph
    /// separators raw, and a terminal showing the JSON would act on them. Outside strings
    /// JSON holds only ASCII, so every such character is in a string and `\uXXXX` is its
    /// exact equivalent: decoding gives back the same text.
    static func escapingInvisibleControls(_ data: Data) -> Data {
        func needsEscape(_ bytes: UnsafeRawBufferPointer, _ i: Int) -> Int? {
            let b = bytes[i]
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F { return 2 }
            if b == 0xE2, i + 2 < bytes.count {
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                if b1 == 0x80, b2 >= 0xA8, b2 <= 0xAE { return 3 }
                if b1 == 0x81, b2 >= 0xA6, b2 <= 0xA9 { return 3 }
            }
            return nil
        }
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Data in
            var first: Int?
            for i in 0..<bytes.count where bytes[i] == 0xC2 || bytes[i] == 0xE2 {
                if needsEscape(bytes, i) != nil { first = i; break }
            }
            guard let first else { return data }
            var out = Data(bytes[0..<first])
            out.reserveCapacity(bytes.count + 64)
            var i = first
            while i < bytes.count {
                if let length = needsEscape(bytes, i) {
                    let scalar: UInt32 =
                        length == 2
                        ? UInt32(bytes[i + 1])
                        : (UInt32(bytes[i] & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                    let hex = String(scalar, radix: 16, uppercase: true)
                    out.append(contentsOf: Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8))
                    i += length
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return out
        }
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}
