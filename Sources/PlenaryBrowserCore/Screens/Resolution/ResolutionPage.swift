import PlenaryModel

/// The resolution screen's content: the catalogue facts when the store has them (symbol,
/// date, adopting meeting, subject, vote), else what the citations say; the resolution's own
/// text when the store keeps it (preamble, then numbered operative paragraphs with their
/// sub-items); then every citing paragraph, oldest first, with its speaker and citing verb;
/// citations per year. The same queries as `plenary show S/RES/822`.
package enum ResolutionPage {
    /// What an item shows of a citing paragraph.
    package struct Citing {
        package var number: String?
        package var text: String?
        /// Display names.
        package var speakers: [String]
        package var highlight: Range<Int>?

        package init(number: String?, text: String?, speakers: [String], highlight: Range<Int>?) {
            self.number = number
            self.text = text
            self.speakers = speakers
            self.highlight = highlight
        }
    }

    /// The resolution's paragraphs as items before the citing ones: preamble, operative (sub-items
    /// inline, "(a) …"), annex. They lead nowhere on Enter; `plenary show` prints them whole.
    package static func textItems(_ document: ResolutionDocument) -> [EntityItem] {
        func flattened(_ p: ResolutionDocument.Paragraph) -> String {
            func item(_ i: ResolutionDocument.Item) -> String { (["(\(i.label)) \(i.text)"] + i.items.map(item)).joined(separator: " ") }
            return ([p.text] + p.items.map(item)).joined(separator: " ")
        }
        let date = document.date ?? ""
        func item(_ p: ResolutionDocument.Paragraph, heading: String, detail: String, cited: String) -> EntityItem {
            EntityItem(
                date: date, heading: heading, detail: detail, text: flattened(p), open: nil, citation: "\(document.symbol), \(cited)")
        }
        var out: [EntityItem] = []
        for (n, p) in document.preamble.enumerated() {
            out.append(item(p, heading: "Preamble", detail: "preambular \(n + 1)", cited: "preambular paragraph \(n + 1)"))
        }
        for p in document.operative {
            let label = p.number.map { "¶\($0)" } ?? "¶"
            out.append(item(p, heading: "Operative paragraph", detail: label, cited: label))
        }
        for p in document.annex {
            let label = p.number.map { "annex ¶\($0)" } ?? "annex"
            out.append(item(p, heading: "Annex", detail: label, cited: label))
        }
        return out
    }
}
