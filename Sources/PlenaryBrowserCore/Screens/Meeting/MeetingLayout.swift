import Foundation
import TerminalUI

/// Where a meeting document's lines break at a width. Line breaks depend only on the
/// width and the links (kept whole on a line), not on search matches or the focused link,
/// so the layout is computed once per width and only the visible lines are styled per frame:
/// scrolling a long verbatim record costs the same as scrolling a short press release.
public struct MeetingLayout: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var block: Int
        public var lineInBlock: Int
        /// Scalars of the block's text shown on this line.
        public var scalarRange: Range<Int>
        /// What stands left of the text: the paragraph number or the indentation; the
        /// whole line for rules.
        public var prefix: StyledLine
    }

    public let width: Int
    public var lines: [Line]
    /// First line of each block.
    public var blockStarts: [Int]

    public init(document: MeetingDocument, width: Int) {
        self.width = width
        let marginWidth = width >= 60 ? 6 : 4
        var linkSpans = [[Highlight]](repeating: [], count: document.blocks.count)
        for link in document.links { linkSpans[link.block].append(Highlight(link.range, .link)) }
        var lines: [Line] = []
        var starts: [Int] = []
        starts.reserveCapacity(document.blocks.count)
        for (b, block) in document.blocks.enumerated() {
            starts.append(lines.count)
            switch block.kind {
            case .blank:
                lines.append(Line(block: b, lineInBlock: 0, scalarRange: 0..<0, prefix: StyledLine()))
            case .rule:
                lines.append(
                    Line(
                        block: b, lineInBlock: 0, scalarRange: 0..<0,
                        prefix: StyledLine(" " + String(repeating: "─", count: max(0, width - 2)), .dim)))
            default:
                let indent = block.indented ? marginWidth : 1
                let wrapped = TextWrapper.wrap(block.text, width: max(1, width - indent - 1), highlights: linkSpans[b], base: block.style)
                for (n, w) in wrapped.enumerated() {
                    var prefix = StyledLine()
                    if n == 0 && !block.margin.isEmpty {
                        let label = DisplayWidth.truncate(block.margin, to: marginWidth - 2, ellipsis: "")
                        prefix.append(
                            String(repeating: " ", count: max(0, marginWidth - 2 - DisplayWidth.of(label))) + label + "  ", .heading)
                    } else {
                        prefix.append(String(repeating: " ", count: indent))
                    }
                    lines.append(Line(block: b, lineInBlock: n, scalarRange: w.scalarRange, prefix: prefix))
                }
            }
        }
        self.lines = lines
        self.blockStarts = starts
    }

    /// Line `index` with its highlights: links (the focused one marked), search matches and
    /// the current match.
    public func styledLine(_ index: Int, document: MeetingDocument, search: InMeetingSearch?, focusedLink: Int?) -> StyledLine {
        let line = lines[index]
        var styled = line.prefix
        let block = document.blocks[line.block]
        guard !line.scalarRange.isEmpty else { return styled }
        var highlights: [Highlight] = []
        for (i, link) in document.links.enumerated() where link.block == line.block && link.range.overlaps(line.scalarRange) {
            highlights.append(Highlight(link.range, i == focusedLink ? .focusedLink : .link))
        }
        if let search {
            for (i, match) in search.matches.enumerated() where match.block == line.block && match.range.overlaps(line.scalarRange) {
                highlights.append(Highlight(match.range, i == search.current ? .currentMatch : .match))
            }
        }
        for run in TextWrapper.style(block.text, range: line.scalarRange, highlights: highlights, base: block.style).runs {
            styled.append(run.text, run.style)
        }
        return styled
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
