/// The speaker screen's content: who the person is (name, honorifics, roles with dates,
/// affiliation), then every statement across meetings, oldest first. The same registry
/// queries as `plenary show person:<id>`; the text is the statement's stored preview, so
/// the screen opens without reading any meeting file.
package enum SpeakerPage {
    package static func paragraphRange(_ paragraphs: [Int]) -> String {
        guard let first = paragraphs.first else { return "¶?" }
        if let last = paragraphs.last, last != first { return "¶\(first)–\(last)" }
        return "¶\(first)"
    }

    package static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
