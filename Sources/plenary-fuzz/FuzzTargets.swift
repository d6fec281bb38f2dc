import Foundation
import PlenaryBrowser
import PlenaryExtract
import PlenaryModel
import PlenarySearch
import SafeText

/// The inputs `scripts/fuzz` feeds Plenary: each target takes arbitrary bytes and must
/// return (or throw a typed error) without crashing, hanging or letting a control character
/// through the sanitiser. Built as a libFuzzer binary by `scripts/fuzz`; built normally it
/// replays files (`plenary-fuzz <target> FILE…`), which is how a finding is re-run.
enum FuzzTargets {
    static let names = ["document", "query", "record", "config"]

    nonisolated(unsafe) static let extractor = Extractor()

    static func run(_ target: String, _ data: Data) {
        switch target {
        case "document": document(data)
        case "query": query(data)
        case "record": record(data)
        case "config": config(data)
        default: fatalError("unknown fuzz target \(target); one of \(names.joined(separator: ", "))")
        }
    }

    /// Decoder and extractor, as `plenary import --force` runs them. The first byte's value
    /// picks the reader (text, HTML, or detected), so one run covers all three.
    static func document(_ data: Data) {
        let formats: [DocumentFormat?] = [.text, .html, nil]
        for format in [formats[Int(data.first ?? 0) % 3]] {
            let options = ExtractOptions(format: format, force: true, fallbackDate: "2020-01-01", fallbackTitle: "fuzz", sourceName: "fuzz")
            guard let result = try? extractor.extract(data, options: options) else { continue }
            for meeting in result.meetings {
                for paragraph in meeting.paragraphs
                where paragraph.text.unicodeScalars.contains(where: { scalar in
                    (scalar != "\t" && scalar != "\n" && UnsafeScalars.isControl(scalar.value)) || UnsafeScalars.isBidiControl(scalar.value)
                }) {
                    fatalError("a control character was stored: \(paragraph.text.debugDescription)")
                }
                _ = try? RecordCoding.encode(meeting)
            }
        }
    }

    /// The query language: parse, then compile to FTS5 (what reaches SQLite).
    static func query(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        guard let parsed = try? SearchQuery.parse(text) else { return }
        _ = try? QueryCompiler.compile(parsed, countries: { $0.count == 3 ? [$0.uppercased()] : [] })
    }

    /// The record format: decode, validate, encode again; the sanitiser on what a screen shows.
    static func record(_ data: Data) {
        guard let meeting = try? RecordCoding.decode(Meeting.self, from: data) else { return }
        _ = MeetingValidator.validate(meeting)
        _ = try? RecordCoding.encode(meeting)
        for text in [meeting.title] + meeting.paragraphs.map(\.text) {
            let shown = TerminalSafeText.make(text)
            if TerminalSafeText.containsUnsafe(shown, allowingNewlines: false) {
                fatalError("unsafe after the sanitiser: \(shown.debugDescription)")
            }
        }
    }

    /// The browser's config file (TOML).
    static func config(_ data: Data) {
        _ = BrowserConfig.parse(String(decoding: data, as: UTF8.self))
    }
}
