/// The two kinds of document the importer reads; detected from the content, never the name.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text, html

    /// HTML when the first markup seen is a doctype, `<html>`, `<head>`, `<body>` or a run of block tags.
    public static func detect(_ text: String) -> DocumentFormat {
        // Byte-level: only ASCII letters matter in tag names.
        var bytes = Array(text.utf8.prefix(4096))
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 32 }
        guard bytes.contains(0x3C) else { return .text }
        let head = String(decoding: bytes, as: UTF8.self)
        for marker in ["<!doctype html", "<html", "<head", "<body"] where head.contains(marker) { return .html }
        var tags = 0
        for marker in ["<p>", "<p ", "<div", "<li>", "<h1", "<h2", "<br", "<table", "<span", "</a>"] where head.contains(marker) {
            tags += 1
        }
        return tags >= 2 ? .html : .text
    }
}
