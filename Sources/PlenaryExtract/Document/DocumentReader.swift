/// A document's text → its raw blocks and metadata, by layout: HTML through libxml2; text
/// with front matter has it read as metadata; Markdown by its own block rules; any other
/// text (press releases, OCR releases, text dumps of web pages) by the plain-text reader.
enum DocumentReader {
    struct Read: Sendable, Equatable {
        var blocks: [RawBlock]
        var metadata: DocumentMetadata
    }

    static func read(_ text: String, format: DocumentFormat) throws(ExtractError) -> Read {
        switch format {
        case .html:
            return Read(blocks: try HTMLBlockReader.read(text), metadata: DocumentMetadata())
        case .text:
            let front = FrontMatter.split(text)
            let body = front?.body ?? text[...]
            let metadata = front?.metadata ?? DocumentMetadata()
            if MarkdownBlockReader.looksLikeMarkdown(body, hasFrontMatter: front != nil) {
                var blocks = MarkdownBlockReader.read(body)
                // The front-matter title is the headline unless the text has its own `#` headline.
                if !blocks.contains(where: { $0.kind == .heading(1) }), let title = metadata.title, !title.isEmpty {
                    blocks.insert(RawBlock(kind: .heading(1), text: title), at: 0)
                }
                return Read(blocks: blocks, metadata: metadata)
            }
            let perLine = MarkdownBlockReader.hasParagraphPerLine(body)
            return Read(
                blocks: OCRBlockRepair.repair(PlainTextBlockReader.read(String(body), paragraphPerLine: perLine)), metadata: metadata)
        }
    }

    /// The meetings' segments of a read document, each carrying the document's metadata.
    static func segments(_ read: Read) -> [DocumentSegment] {
        DocumentSegmenter.segment(read.blocks).map { segment in
            var s = segment
            s.metadata = read.metadata
            return s
        }
    }
}
