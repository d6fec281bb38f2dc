import TerminalUI

/// A meeting document wrapped to a width with its highlights: links, the focused link,
/// search matches and the current match. Pure and cheap enough to redo for every frame.
public struct MeetingLayout: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var line: StyledLine
        public var block: Int
        public var lineInBlock: Int
        /// Scalars of the block's text shown on this line.
        public var scalarRange: Range<Int>
    }

    public var lines: [Line]
    /// First line of each block.
    public var blockStarts: [Int]

    public init(document: MeetingDocument, width: Int, search: InMeetingSearch?, focusedLink: Int?) {
        let marginWidth = width >= 60 ? 6 : 4
        var highlights = [[Highlight]](repeating: [], count: document.blocks.count)
        for (i, link) in document.links.enumerated() {
            highlights[link.block].append(Highlight(link.range, i == focusedLink ? .focusedLink : .link))
        }
        if let search {
            for (i, match) in search.matches.enumerated() {
                highlights[match.block].append(Highlight(match.range, i == search.current ? .currentMatch : .match, keepTogether: false))
            }
        }
        var lines: [Line] = []
        var starts: [Int] = []
        starts.reserveCapacity(document.blocks.count)
        for (b, block) in document.blocks.enumerated() {
            starts.append(lines.count)
            switch block.kind {
            case .blank:
                lines.append(Line(line: StyledLine(), block: b, lineInBlock: 0, scalarRange: 0..<0))
            case .rule:
                lines.append(Line(line: StyledLine(" " + String(repeating: "─", count: max(0, width - 2)), .dim),
                                  block: b, lineInBlock: 0, scalarRange: 0..<0))
            default:
                let indent = block.indented ? marginWidth : 1
                let wrapped = TextWrapper.wrap(block.text, width: max(1, width - indent - 1), highlights: highlights[b], base: block.style)
                for (n, w) in wrapped.enumerated() {
                    var line = StyledLine()
                    if n == 0 && !block.margin.isEmpty {
                        let label = DisplayWidth.truncate(block.margin, to: marginWidth - 2, ellipsis: "")
                        line.append(String(repeating: " ", count: max(0, marginWidth - 2 - DisplayWidth.of(label))) + label + "  ", .heading)
                    } else {
                        line.append(String(repeating: " ", count: indent))
                    }
                    for run in w.line.runs { line.append(run.text, run.style) }
                    lines.append(Line(line: line, block: b, lineInBlock: n, scalarRange: w.scalarRange))
                }
            }
        }
        self.lines = lines
        self.blockStarts = starts
    }

    /// The line showing scalar `offset` of `block`.
    public func line(block: Int, offset: Int) -> Int {
        guard block < blockStarts.count else { return max(0, lines.count - 1) }
        var i = blockStarts[block]
        let end = block + 1 < blockStarts.count ? blockStarts[block + 1] : lines.count
        while i + 1 < end && lines[i + 1].scalarRange.lowerBound <= offset { i += 1 }
        return i
    }

    /// The absolute line of an anchor.
    public func line(of anchor: DocumentAnchor) -> Int {
        guard !lines.isEmpty else { return 0 }
        return line(block: anchor.block, offset: anchor.offset)
    }

    public func anchor(at line: Int) -> DocumentAnchor {
        guard !lines.isEmpty else { return DocumentAnchor() }
        let l = lines[min(max(0, line), lines.count - 1)]
        return DocumentAnchor(block: l.block, offset: l.scalarRange.lowerBound)
    }
}

/// A scroll position that survives a change of width: the block at the top of the view
/// and the first character shown of it, so a resize keeps the same text on top.
public struct DocumentAnchor: Equatable, Sendable {
    public var block: Int
    public var offset: Int

    public init(block: Int = 0, offset: Int = 0) {
        self.block = block
        self.offset = offset
    }
}
