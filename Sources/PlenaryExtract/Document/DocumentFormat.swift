/// The two kinds of document the importer reads; detected from the content, never the name.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text, html

    /// HTML when the first markup seen is a doctype, `<html>`, `<head>`, `<body>` or a run of block tags.
    public static func detect(_ text: String) -> DocumentFormat {
        let head = Folding.fold(String(text.unicodeScalars.prefix(4096)))
        for marker in ["<!doctype html", "<html", "<head", "<body"] where head.contains(marker) { return .html }
        var tags = 0
        for marker in ["<p>", "<p ", "<div", "<li>", "<h1", "<h2", "<br", "<table", "<span", "</a>"] where head.contains(marker) { tags += 1 }
        return tags >= 2 ? .html : .text
    }
}
