import PlenaryModel
import TerminalUI

/// One meeting: its header, delegations and paragraphs, with links to Tab through and a
/// search within the text.
public struct MeetingScreen: Equatable, Sendable {
    public var id: String
    /// Known from the list before the record loads.
    public var title: String
    public var date: String
    public var organization: String?
    /// The body that met, for the timeline (`t`).
    public var body: String?
    /// The load this screen waits for.
    public var request: Int
    public var document: Loading<MeetingDocument>
    public var scroll = DocumentAnchor()
    /// The paragraph cursor: the 1-based index of the paragraph `y`, `e`, marks and links
    /// act on. Set when the record loads; moved by j/k, search matches, links and `:goto`.
    public var cursor: Int?
    /// The record's symbol (`S/PV.8706 (Resumption 1)`), known once it has loaded.
    public var symbol: String?
    /// How wide the text is set.
    public var measure = ReadingMeasure()
    /// The catalogue's entry for a Security Council record, when it arrived before the record.
    public var council: CouncilRecord?
    public var focusedLink: Int?
    public var search: InMeetingSearch?
    /// Search and scroll when the search prompt opened, restored by Esc.
    var beforeSearch: SavedSearch?
    /// Where to land once the record has loaded (opened from a search or a citation):
    /// a paragraph's 1-based index and words to highlight there.
    public var landing: Landing?

    public struct Landing: Equatable, Sendable {
        public var paragraph: Int?
        public var highlights: [String]
    }

    struct SavedSearch: Equatable, Sendable {
        var search: InMeetingSearch?
        var scroll: DocumentAnchor
    }

    public init(summary: MeetingSummary, request: Int) {
        id = summary.id
        title = summary.title
        date = summary.date
        organization = summary.organization
        body = summary.body
        symbol = summary.symbol
        self.request = request
        document = .loading
    }

    /// Rows of text: the body of the screen.
    static func textHeight(_ areas: ScreenAreas) -> Int { areas.body.height }

    /// Lines of the last page still shown after a page down, for context.
    static let pageOverlap = 2

    /// Lines a page up or down moves.
    static func pageLines(_ areas: ScreenAreas) -> Int { max(1, textHeight(areas) - pageOverlap) }

    /// The layout at the width the text is set at in the body of `areas`.
    func layout(_ areas: ScreenAreas) -> MeetingLayout? {
        guard case .loaded(let document) = document else { return nil }
        return document.layout(width: measure.lineWidth(in: areas.body.width))
    }

    // MARK: Scrolling

    mutating func scroll(by delta: Int, areas: ScreenAreas) {
        guard let layout = layout(areas) else { return }
        setTop(top(layout, areas) + delta, layout: layout, areas: areas)
    }

    /// The first line shown. The anchor is kept as set even when a taller or wider screen
    /// cannot scroll that far, so going back to the earlier size restores the same view.
    func top(_ layout: MeetingLayout, _ areas: ScreenAreas) -> Int {
        min(layout.line(of: scroll), PagerWidget.maxOffset(lineCount: layout.lines.count, height: MeetingScreen.textHeight(areas)))
    }

    mutating func scrollToEnd(_ end: Bool, areas: ScreenAreas) {
        guard let layout = layout(areas) else { return }
        setTop(end ? layout.lines.count : 0, layout: layout, areas: areas)
    }

    /// Scrolls the text as a list of lines without a selection: the limits are the viewport's.
    private mutating func setTop(_ line: Int, layout: MeetingLayout, areas: ScreenAreas) {
        let view = ListViewport().scrolled(to: line, count: layout.lines.count, height: MeetingScreen.textHeight(areas))
        scroll = layout.anchor(at: view.offset)
    }

    /// Scrolls so `line` is visible, placing it a third down the view when it was not.
    private mutating func reveal(line: Int, layout: MeetingLayout, areas: ScreenAreas) {
        let height = MeetingScreen.textHeight(areas)
        let top = top(layout, areas)
        if line >= top && line < top + height { return }
        setTop(line - height / 3, layout: layout, areas: areas)
    }

    /// Puts paragraph `n` (printed number, else block index) at the top; `false` if absent.
    mutating func goto(paragraph n: Int, areas: ScreenAreas) -> Bool {
        guard case .loaded(let document) = document,
            let block = document.numberedBlocks[String(n)] ?? document.paragraphBlocks[n],
            let layout = layout(areas)
        else { return false }
        if let index = document.paragraphIndex(of: block) { setCursor(index, document) }
        // Show the speaker heading above the paragraph when there is one.
        setTop(MeetingScreen.headingLine(of: block, document, layout), layout: layout, areas: areas)
        return true
    }

    /// Puts paragraph `index` (1-based, not its printed number) at the top and highlights
    /// `highlight` in the meeting, the current match inside that paragraph.
    mutating func land(_ landing: Landing, areas: ScreenAreas) {
        guard case .loaded(let document) = document else { return }
        let terms = landing.highlights.filter { !$0.isEmpty }
        if !terms.isEmpty {
            var found = InMeetingSearch(terms: terms, backward: false, document: document)
            let block = landing.paragraph.flatMap { document.paragraphBlocks[$0] }
            found.current = found.matches.firstIndex { $0.block == block } ?? (found.matches.isEmpty ? nil : 0)
            search = found.matches.isEmpty ? nil : found
        }
        guard let index = landing.paragraph, let block = document.paragraphBlocks[index], let layout = layout(areas) else { return }
        setCursor(index, document)
        setTop(MeetingScreen.headingLine(of: block, document, layout), layout: layout, areas: areas)
    }

    /// The paragraph marks, yanking and the pager act on: the cursor's, else the first on screen.
    func placeParagraph(areas: ScreenAreas) -> Int? {
        if case .loaded = document, let cursor { return cursor }
        return firstVisibleParagraph(areas: areas)
    }

    /// The 1-based index of the first paragraph on screen.
    func firstVisibleParagraph(areas: ScreenAreas) -> Int? {
        guard case .loaded(let document) = document, let layout = layout(areas) else { return nil }
        let top = top(layout, areas)
        let visible = layout.lines[min(top, layout.lines.count)..<min(layout.lines.count, top + MeetingScreen.textHeight(areas))]
        return visible.lazy.compactMap { document.paragraphIndex(of: $0.block) }.first
    }

    // MARK: The paragraph cursor

    /// Lines of block `b`.
    static func lines(of b: Int, _ layout: MeetingLayout) -> Range<Int> {
        let end = b + 1 < layout.blockStarts.count ? layout.blockStarts[b + 1] : layout.lines.count
        return layout.blockStarts[b]..<end
    }

    /// The block of the cursor's paragraph.
    func cursorBlock(_ document: MeetingDocument) -> Int? { cursor.flatMap { document.paragraphBlocks[$0] } }

    /// The first line to show for block `b`: its speaker heading when one stands right above it.
    static func headingLine(of b: Int, _ document: MeetingDocument, _ layout: MeetingLayout) -> Int {
        if b >= 2, case .speaker = document.blocks[b - 2].kind { return layout.blockStarts[b - 2] }
        return layout.blockStarts[b]
    }

    /// Paragraphs with at least one line in view, in reading order.
    func visibleParagraphs(_ document: MeetingDocument, _ layout: MeetingLayout, _ areas: ScreenAreas) -> [Int] {
        let top = top(layout, areas)
        let bottom = min(layout.lines.count, top + MeetingScreen.textHeight(areas))
        guard top < bottom else { return [] }
        var seen: [Int] = []
        for line in layout.lines[top..<bottom] {
            if let index = document.paragraphIndex(of: line.block), seen.last != index { seen.append(index) }
        }
        return seen
    }

    /// Whether the cursor's paragraph has a line in view.
    func cursorVisible(_ document: MeetingDocument, _ layout: MeetingLayout, _ areas: ScreenAreas) -> Bool {
        guard let b = cursorBlock(document) else { return false }
        let lines = MeetingScreen.lines(of: b, layout)
        let top = top(layout, areas)
        return lines.upperBound > top && lines.lowerBound < top + MeetingScreen.textHeight(areas)
    }

    /// Moves the cursor to paragraph `index` (the focused link is let go when it lies elsewhere).
    mutating func setCursor(_ index: Int, _ document: MeetingDocument) {
        if cursor != index, let focused = focusedLink, focused < document.links.count,
            document.paragraphIndex(of: document.links[focused].block) != index
        {
            focusedLink = nil
        }
        cursor = index
    }

    /// After a scroll: a cursor left out of view comes to the first (or last) paragraph in view.
    mutating func keepCursorInView(areas: ScreenAreas, preferLast: Bool = false) {
        guard case .loaded(let document) = document, let layout = layout(areas) else { return }
        guard !cursorVisible(document, layout, areas) else { return }
        let visible = visibleParagraphs(document, layout, areas)
        if let chosen = preferLast ? visible.last : visible.first { setCursor(chosen, document) }
    }

    /// Scrolls as little as possible to show the cursor's paragraph (from its speaker
    /// heading); a paragraph taller than the view shows its top, or its bottom when `fromBelow`.
    mutating func revealCursor(areas: ScreenAreas, fromBelow: Bool = false) {
        guard case .loaded(let document) = document, let layout = layout(areas), let b = cursorBlock(document) else { return }
        let height = MeetingScreen.textHeight(areas)
        let lines = MeetingScreen.lines(of: b, layout)
        let start = MeetingScreen.headingLine(of: b, document, layout)
        let top = top(layout, areas)
        if start >= top && lines.upperBound <= top + height { return }
        if lines.upperBound - start <= height {
            setTop(start < top ? start : lines.upperBound - height, layout: layout, areas: areas)
        } else {
            setTop(fromBelow ? lines.upperBound - height : lines.lowerBound, layout: layout, areas: areas)
        }
    }

    /// `j`: the rest of a paragraph that runs below the view, else the next paragraph.
    mutating func cursorDown(areas: ScreenAreas) {
        guard case .loaded(let document) = document, let layout = layout(areas) else { return }
        guard let b = cursorBlock(document), cursorVisible(document, layout, areas),
            let position = document.paragraphOrder.firstIndex(of: cursor ?? 0)
        else {
            keepCursorInView(areas: areas)
            return
        }
        let top = top(layout, areas)
        if MeetingScreen.lines(of: b, layout).upperBound > top + MeetingScreen.textHeight(areas) {
            scroll(by: 1, areas: areas)
        } else if position + 1 < document.paragraphOrder.count {
            setCursor(document.paragraphOrder[position + 1], document)
            revealCursor(areas: areas)
        } else {
            scroll(by: 1, areas: areas)
        }
    }

    /// `k`: the start of a paragraph that begins above the view, else the previous paragraph.
    mutating func cursorUp(areas: ScreenAreas) {
        guard case .loaded(let document) = document, let layout = layout(areas) else { return }
        guard let b = cursorBlock(document), cursorVisible(document, layout, areas),
            let position = document.paragraphOrder.firstIndex(of: cursor ?? 0)
        else {
            keepCursorInView(areas: areas, preferLast: true)
            return
        }
        let top = top(layout, areas)
        if MeetingScreen.headingLine(of: b, document, layout) < top {
            scroll(by: -1, areas: areas)
        } else if position > 0 {
            setCursor(document.paragraphOrder[position - 1], document)
            revealCursor(areas: areas, fromBelow: true)
        } else {
            scroll(by: -1, areas: areas)
        }
    }

    /// The list movements on a meeting: up and down go paragraph by paragraph, a page
    /// scrolls the text (the cursor kept in view), the ends go to the first or last paragraph.
    /// A row number is a paragraph number here (`goto(paragraph:)`).
    mutating func move(_ movement: ListViewport.Movement, areas: ScreenAreas) {
        switch movement {
        case .down: cursorDown(areas: areas)
        case .up: cursorUp(areas: areas)
        case .pageDown:
            scroll(by: MeetingScreen.pageLines(areas), areas: areas)
            keepCursorInView(areas: areas)
        case .pageUp:
            scroll(by: -MeetingScreen.pageLines(areas), areas: areas)
            keepCursorInView(areas: areas, preferLast: true)
        case .first: cursorToEnd(false, areas: areas)
        case .last: cursorToEnd(true, areas: areas)
        case .to(let row): _ = goto(paragraph: row + 1, areas: areas)
        }
    }

    /// `g` and `G`: the first or last paragraph, the view at that end.
    mutating func cursorToEnd(_ end: Bool, areas: ScreenAreas) {
        scrollToEnd(end, areas: areas)
        guard case .loaded(let document) = document else { return }
        if let chosen = end ? document.paragraphOrder.last : document.paragraphOrder.first { setCursor(chosen, document) }
    }

    /// `}` and `{`: the first paragraph of the next speaker's turn, or of this turn (then
    /// the previous one) going back. Returns the speaker heading, or why it cannot move.
    mutating func stepTurn(forward: Bool, areas: ScreenAreas) -> StatusMessage {
        guard case .loaded(let document) = document, let layout = layout(areas) else {
            return StatusMessage("The meeting is still loading")
        }
        let headings = document.blocks.indices.filter { document.blocks[$0].kind == .speaker }
        guard !headings.isEmpty else { return StatusMessage("This meeting has no speaker turns", isError: true) }
        let here = cursorBlock(document) ?? 0
        /// The first paragraph after heading `h`.
        func firstParagraph(after h: Int) -> Int? {
            document.blocks.indices.dropFirst(h + 1).lazy.compactMap { document.paragraphIndex(of: $0) }.first
        }
        let target: Int?
        if forward {
            target = headings.first { $0 > here }
        } else {
            let current = headings.last { $0 < here }
            if let current, firstParagraph(after: current) != cursor {
                target = current
            } else {
                target = headings.last { $0 < (current ?? here) }
            }
        }
        guard let h = target, let paragraph = firstParagraph(after: h) else {
            return StatusMessage(forward ? "No later speaker in this meeting" : "No earlier speaker in this meeting", isError: true)
        }
        setCursor(paragraph, document)
        setTop(layout.blockStarts[h], layout: layout, areas: areas)
        return StatusMessage("Speaker: " + document.blocks[h].text)
    }

    // MARK: Links

    /// Moves the focus to the next (or previous) link, scrolling to it when it lies off
    /// screen. Without a focused link it starts from the cursor's paragraph. The cursor
    /// follows the focused link. Returns
    /// the focused link's summary, or a message when there is none.
    mutating func cycleLink(forward: Bool, areas: ScreenAreas) -> StatusMessage {
        guard case .loaded(let document) = document, !document.links.isEmpty, let layout = layout(areas) else {
            return StatusMessage("This meeting has no links", isError: true)
        }
        let count = document.links.count
        var wrapped = false
        let next: Int
        if let focused = focusedLink {
            let candidate = focused + (forward ? 1 : -1)
            wrapped = candidate < 0 || candidate >= count
            next = (candidate + count) % count
        } else {
            let top = top(layout, areas)
            // From the cursor's paragraph (its speaker heading included); the header's links
            // come before the first paragraph, a Shift-Tab away.
            let from = cursorBlock(document).map { MeetingScreen.headingLine(of: $0, document, layout) } ?? top
            let lines = document.links.map { layout.line(block: $0.block, offset: $0.range.lowerBound) }
            if forward {
                next = lines.firstIndex { $0 >= from } ?? 0
            } else {
                let end =
                    cursorBlock(document).map { MeetingScreen.lines(of: $0, layout).upperBound } ?? (top + MeetingScreen.textHeight(areas))
                next = lines.lastIndex { $0 < end } ?? count - 1
            }
        }
        focusedLink = next
        let link = document.links[next]
        // The cursor goes with the link: its paragraph, or the paragraph a speaker heading opens.
        if let index = document.paragraphIndex(of: link.block) {
            cursor = index
        } else if document.blocks[link.block].kind == .speaker,
            let index = document.blocks.indices.dropFirst(link.block + 1).lazy.compactMap({ document.paragraphIndex(of: $0) }).first
        {
            cursor = index
        }
        reveal(line: layout.line(block: link.block, offset: link.range.lowerBound), layout: layout, areas: areas)
        return StatusMessage(document.summary(of: link) + (wrapped ? (forward ? " (from the top)" : " (from the bottom)") : ""))
    }

    // MARK: Search

    /// Runs `query` and moves to the first match from the view in the search's direction.
    mutating func runSearch(_ query: String, backward: Bool, areas: ScreenAreas) {
        guard case .loaded(let document) = document else { return }
        var found = InMeetingSearch(query: query, backward: backward, document: document)
        guard !found.matches.isEmpty, let layout = layout(areas) else {
            search = query.isEmpty ? nil : found
            return
        }
        let top = min(layout.line(of: beforeSearch?.scroll ?? scroll), top(layout, areas))
        let lines = found.matches.map { layout.line(block: $0.block, offset: $0.range.lowerBound) }
        if backward {
            let bottom = top + MeetingScreen.textHeight(areas)
            found.current = lines.lastIndex { $0 < bottom } ?? lines.count - 1
        } else {
            found.current = lines.firstIndex { $0 >= top } ?? 0
        }
        search = found
        revealCurrentMatch(areas: areas)
    }

    /// Steps to the next match in the search's direction (`reverse` for `previous-match`).
    /// Without a search it does nothing: the reducer says which keys start one, from the
    /// action table it holds.
    mutating func stepMatch(reverse: Bool, areas: ScreenAreas) -> StatusMessage? {
        guard var found = search else { return nil }
        guard !found.matches.isEmpty else { return StatusMessage("No match for “\(found.query)”", isError: true) }
        let forward = found.backward == reverse
        let count = found.matches.count
        let current = found.current ?? (forward ? -1 : count)
        let candidate = current + (forward ? 1 : -1)
        found.current = (candidate + count) % count
        search = found
        revealCurrentMatch(areas: areas)
        if candidate >= count { return StatusMessage("Search wrapped to the top") }
        if candidate < 0 { return StatusMessage("Search wrapped to the bottom") }
        return nil
    }

    private mutating func revealCurrentMatch(areas: ScreenAreas) {
        guard let found = search, let current = found.current, let layout = layout(areas) else { return }
        let match = found.matches[current]
        if case .loaded(let document) = document, let index = document.paragraphIndex(of: match.block) {
            setCursor(index, document)
        }
        reveal(line: layout.line(block: match.block, offset: match.range.lowerBound), layout: layout, areas: areas)
    }

    // MARK: Rendering

    /// Draws the text rows; returns the row to park the cursor on.
    func render(into grid: inout Grid, areas: ScreenAreas) -> Int? {
        let body = areas.body
        let height = body.height
        switch document {
        case .loading:
            grid.put(title, x: 1, y: body.y, style: .title, limit: body.width - 2)
            grid.put("Loading the meeting…", x: 1, y: body.y + 2, style: .dim)
            return nil
        case .failed(let reason):
            grid.put(title, x: 1, y: body.y, style: .title, limit: body.width - 2)
            for (i, line) in TextWrapper.wrap("Cannot open this meeting: " + reason, width: max(1, body.width - 2), base: .error)
                .prefix(body.inset(top: 2).height).enumerated()
            {
                grid.put(line.line, x: 1, y: body.y + 2 + i)
            }
            return nil
        case .loaded(let document):
            let width = measure.lineWidth(in: body.width)
            let left = measure.left(in: body.width)
            let layout = document.layout(width: width)
            let top = top(layout, areas)
            let visible = top..<min(layout.lines.count, top + height)
            let styled = visible.map { layout.styledLine($0, document: document, search: search, focusedLink: focusedLink) }
            PagerWidget.render(into: &grid, rect: Rect(x: left, y: body.y, width: width, height: height), lines: styled, offset: 0)
            // The cursor: a bar left of every line of its paragraph in view.
            var cursorRow: Int?
            if let b = cursorBlock(document) {
                for line in MeetingScreen.lines(of: b, layout) where visible.contains(line) {
                    let y = body.y + line - top
                    if grid[left, y].text == " " {
                        grid.put("▌", x: left, y: y, style: .selection)
                    } else {
                        grid.restyle(Rect(x: left, y: y, width: 1, height: 1), style: .selection)
                    }
                    cursorRow = cursorRow ?? y
                }
            }
            if let focusedLink, focusedLink < document.links.count {
                let link = document.links[focusedLink]
                let line = layout.line(block: link.block, offset: link.range.lowerBound)
                if line >= top && line < top + height { return body.y + line - top }
            }
            return cursorRow ?? body.y
        }
    }

    /// "¶ 3 · 42%" for the status line.
    func position(areas: ScreenAreas) -> String {
        guard case .loaded(let document) = document, let layout = layout(areas) else { return "" }
        let top = top(layout, areas)
        let height = MeetingScreen.textHeight(areas)
        let where_: String
        if layout.lines.count <= height {
            where_ = "All"
        } else if top == 0 {
            where_ = "Top"
        } else if top + height >= layout.lines.count {
            where_ = "Bot"
        } else {
            where_ = "\(100 * top / max(1, layout.lines.count - height))%"
        }
        // The cursor's paragraph, else the first on screen.
        if let index = placeParagraph(areas: areas), let label = document.paragraphLabels[index] {
            return "¶\(label) · \(where_)"
        }
        return where_
    }
}
