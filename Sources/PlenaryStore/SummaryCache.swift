import Foundation
import PlenaryModel

/// `.plenary/summaries.tsv`: one line per meeting file with its size, modification time and
/// summary, so `plenary list` reads one small file instead of decoding every meeting.
/// Tab-separated with backslash escapes because it parses far faster than JSON; it is derived
/// and rebuilt from the meeting files whenever it is missing, stale or unreadable.
struct SummaryCache {
    static let header = "plenary.summaries/2"

    /// What the cache knows about one meeting file.
    struct Entry: Equatable, Sendable {
        var file: MeetingFile
        var sourceSHA256: String?
        /// Exactly one of `summary` and `problem` is set.
        var summary: MeetingSummary?
        var problem: String?
    }

    var entries: [String: Entry] = [:]
    /// Paths in the order the file lists them: newest first, as lists show them, so a warm
    /// listing needs no real sorting.
    var order: [String] = []

    static func load(from url: URL) -> SummaryCache {
        var cache = SummaryCache()
        guard let data = try? Data(contentsOf: url) else { return cache }
        cache.entries.reserveCapacity(data.count / 160)
        cache.order.reserveCapacity(data.count / 160)
        forEachEntry(in: data) { entry in
            cache.entries[entry.file.relativePath] = entry
            cache.order.append(entry.file.relativePath)
        }
        return cache
    }

    /// The entries in file order without building the lookup table: what a first screen
    /// needs before the files are checked.
    static func entries(from url: URL) -> [Entry] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        var entries: [Entry] = []
        entries.reserveCapacity(data.count / 160)
        forEachEntry(in: data) { entries.append($0) }
        return entries
    }

    /// Byte-level parsing: Character-based splitting costs over a second at 100,000 lines.
    private static func forEachEntry(in data: Data, _ body: (Entry) -> Void) {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            var isHeader = true
            var fields: [String?] = []
            fields.reserveCapacity(16)
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                if lineEnd == lineStart { continue }
                if isHeader {
                    isHeader = false
                    let first = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
                    if first != header { return }
                    continue
                }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for i in lineStart...lineEnd where i == lineEnd || bytes[i] == 0x09 {
                    fields.append(field(UnsafeBufferPointer(rebasing: bytes[fieldStart..<i])))
                    fieldStart = i + 1
                }
                if let entry = entry(from: fields) { body(entry) }
            }
        }
    }

    func write(to url: URL) throws(StoreError) {
        var out = SummaryCache.header + "\n"
        let sorted = entries.values.sorted { a, b in
            let (x, y) = (a.summary?.date ?? "", b.summary?.date ?? "")
            return x != y ? x > y : a.file.relativePath < b.file.relativePath
        }
        for e in sorted {
            var fields: [String?] = [e.file.relativePath, String(e.file.size), String(e.file.modified), e.file.id, e.sourceSHA256]
            if let s = e.summary {
                fields += [
                    "ok", s.date, s.endDate, s.title, s.organization, s.body,
                    String(s.paragraphs), String(s.speakers), String(s.citations), String(s.attendance), s.symbol,
                ]
            } else {
                fields += ["problem", e.problem]
            }
            out += fields.map(SummaryCache.escape).joined(separator: "\t") + "\n"
        }
        try AtomicFile.write(Data(out.utf8), to: url)
    }

    private static func entry(from f: [String?]) -> Entry? {
        guard f.count >= 7, let path = f[0], let size = f[1].flatMap({ Int64($0) }),
            let modified = f[2].flatMap({ Int64($0) }), let id = f[3]
        else { return nil }
        let file = MeetingFile(id: id, relativePath: path, size: size, modified: modified)
        switch f[5] {
        case "ok":
            guard f.count == 16, let date = f[6], let title = f[8],
                let p = f[11].flatMap({ Int($0) }), let s = f[12].flatMap({ Int($0) }),
                let c = f[13].flatMap({ Int($0) }), let a = f[14].flatMap({ Int($0) })
            else { return nil }
            let summary = MeetingSummary(
                id: id, date: date, endDate: f[7], title: title, organization: f[9],
                body: f[10], paragraphs: p, speakers: s, citations: c, attendance: a, symbol: f[15])
            return Entry(file: file, sourceSHA256: f[4], summary: summary, problem: nil)
        case "problem":
            return Entry(file: file, sourceSHA256: f[4], summary: nil, problem: f[6] ?? "unreadable")
        default:
            return nil
        }
    }

    /// `nil` is written as `\N`; backslash, tab, newline and carriage return are escaped.
    static func escape(_ value: String?) -> String {
        guard let value else { return "\\N" }
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        var out = ""
        for ch in value.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static func field(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count == 2, bytes[0] == 0x5C, bytes[1] == 0x4E { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(0x5C) ? unescape(text) : text
    }

    static func unescape(_ field: String) -> String {
        var out = ""
        var escaping = false
        for ch in field {
            if escaping {
                switch ch {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(ch)
                }
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
