import PlenaryModel

/// A resolution's text as `plenary show` prints it: title and adoption, the preamble, the
/// numbered operative paragraphs with their sub-items indented, then the annex.
enum ResolutionDocumentText {
    static func render(_ text: ResolutionDocument) -> [String] {
        var lines = [Console.safe(text.title)]
        var adopted: [String] = []
        if let date = text.date { adopted.append("\(HumanDate.format(date)) (\(date))") }
        if let organ = text.adoptedBy { adopted.append("by the \(organ)") }
        if let meeting = text.meeting { adopted.append("at its \(meeting)") }
        if !adopted.isEmpty { lines.append(Console.safe("Adopted " + adopted.joined(separator: " "))) }
        if !text.preamble.isEmpty {
            lines += ["", "Preamble"]
            for p in text.preamble { lines += paragraph(p) }
        }
        lines += ["", "Operative paragraphs"]
        for p in text.operative { lines += paragraph(p) }
        if !text.annex.isEmpty {
            lines += ["", "Annex"]
            for p in text.annex { lines += paragraph(p) }
        }
        return lines
    }

    static func paragraph(_ p: ResolutionDocument.Paragraph) -> [String] {
        var lines = [Console.safe("  " + (p.number.map { "\($0). " } ?? "") + p.text)]
        for item in p.items { lines += self.item(item, depth: 2) }
        return lines
    }

    static func item(_ item: ResolutionDocument.Item, depth: Int) -> [String] {
        var lines = [Console.safe(String(repeating: "  ", count: depth) + "(\(item.label)) " + item.text)]
        for sub in item.items { lines += self.item(sub, depth: depth + 1) }
        return lines
    }
}
