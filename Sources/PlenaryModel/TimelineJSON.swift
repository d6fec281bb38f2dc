/// `RecordCoding.encode(timeline.entries)` written by hand, byte for byte the same
/// (pretty-printed, sorted keys, slashes unescaped, absent values left out, a trailing
/// newline): Foundation's encoder takes longer than the whole timeline query when a
/// million-paragraph store puts tens of thousands of meetings on it. A test compares the two.
public enum TimelineJSON {
    public static func encode(_ entries: [Timeline.Entry]) -> String {
        var out = ""
        encode(entries, chunk: Int.max) { out += $0 }
        return out
    }

    /// The same text handed to `write` in pieces of about `chunk` bytes, each ending after a
    /// whole entry: a whole-store timeline is megabytes of JSON, which need not be held at once.
    public static func encode(_ entries: [Timeline.Entry], chunk: Int, write: (String) -> Void) {
        guard !entries.isEmpty else { return write("[\n\n]\n") }
        var out = "[\n"
        out.reserveCapacity(min(chunk, entries.count * 220) + 1024)
        // By position: `for e in entries` would copy (and retain) every entry's strings.
        entries.withUnsafeBufferPointer { entries in
            for n in entries.indices {
                let e = entries[n]
                // Pieces appended one by one: an interpolation would build a string per entry.
                out += "  {\n    \"citedBy\" : "
                out += String(e.citedBy)
                out += ",\n    \"date\" : "
                string(e.date, into: &out)
                out += ",\n    \"kind\" : \""
                out += e.kind.rawValue
                out += "\",\n    \"label\" : "
                string(e.label, into: &out)
                out += ",\n    \"meetingID\" : "
                string(e.meetingID, into: &out)
                if let p = e.paragraph {
                    out += ",\n    \"paragraph\" : "
                    out += String(p)
                }
                if let s = e.symbol {
                    out += ",\n    \"symbol\" : "
                    string(s, into: &out)
                }
                out += n == entries.count - 1 ? "\n  }\n" : "\n  },\n"
                if out.utf8.count >= chunk {
                    write(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        out += "]\n"
        write(out)
    }

    /// A JSON string as `RecordCoding` writes it: quote, backslash and control characters escaped
    /// as Foundation does, and C1 controls, bidi overrides and isolates and the line and paragraph
    /// separators as `\uXXXX` (upper-case hex), so a terminal showing the JSON never acts on them.
    static func string(_ s: String, into out: inout String) {
        out += "\""
        var s = s
        let plain = s.withUTF8 { bytes in !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xC2 || $0 == 0xE2 } }
        if plain {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case _
                where (0x80...0x9F).contains(scalar.value) || (0x2028...0x202E).contains(scalar.value)
                    || (0x2066...0x2069).contains(scalar.value):
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
