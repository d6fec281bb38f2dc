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
        self.request = request
        document = .loading
    }

    /// Rows of text: the screen less the title bar and the status line.
    static func textHeight(_ size: Size) -> Int { max(1, size.height - 2) }

    func layout(width: Int) -> MeetingLayout? {
        guard case .loaded(let document) = document else { return nil }
        return document.layout(width: width)
    }

    // MARK: Scrolling

    mutating func scroll(by delta: Int, size: Size) {
        guard let layout = layout(width: size.width) else { return }
        setTop(top(layout, size) + delta, layout: layout, size: size)
    }

    /// The first line shown. The anchor is kept as set even when a taller or wider screen
    /// cannot scroll that far, so going back to the earlier size restores the same view.
    func top(_ layout: MeetingLayout, _ size: Size) -> Int {
        min(layout.line(of: scroll), PagerWidget.maxOffset(lineCount: layout.lines.count, height: MeetingScreen.textHeight(size)))
    }

    mutating func scrollToEnd(_ end: Bool, size: Size) {
        guard let layout = layout(width: size.width) else { return }
        setTop(end ? layout.lines.count : 0, layout: layout, size: size)
    }

    private mutating func setTop(_ line: Int, layout: MeetingLayout, size: Size) {
        let maxTop = PagerWidget.maxOffset(lineCount: layout.lines.count, height: MeetingScreen.textHeight(size))
        scroll = layout.anchor(at: min(max(0, line), maxTop))
    }

    /// Scrolls so `line` is visible, placing it a third down the view when it was not.
    private mutating func reveal(line: Int, layout: MeetingLayout, size: Size) {
        let height = MeetingScreen.textHeight(size)
        let top = top(layout, size)
        if line >= top && line < top + height { return }
        setTop(line - height / 3, layout: layout, size: size)
    }

    /// Puts paragraph `n` (printed number, else block index) at the top; `false` if absent.
    mutating func goto(paragraph n: Int, size: Size) -> Bool {
        guard case .loaded(let document) = document,
              let block = document.numberedBlocks[String(n)] ?? document.paragraphBlocks[n],
              let layout = layout(width: size.width) else { return false }
        // Show the speaker heading above the paragraph when there is one.
        var top = layout.blockStarts[block]
        if block >= 2, case .speaker = document.blocks[block - 2].kind { top = layout.blockStarts[block - 2] }
        setTop(top, layout: layout, size: size)
        return true
    }

    /// Puts paragraph `index` (1-based, not its printed number) at the top and highlights
    /// `highlight` in the meeting, the current match inside that paragraph.
    mutating func land(_ landing: Landing, size: Size) {
        guard case .loaded(let document) = document else { return }
        let terms = landing.highlights.filter { !$0.isEmpty }
        if !terms.isEmpty {
            var found = InMeetingSearch(terms: terms, backward: false, document: document)
            let block = landing.paragraph.flatMap { document.paragraphBlocks[$0] }
            found.current = found.matches.firstIndex { $0.block == block } ?? (found.matches.isEmpty ? nil : 0)
            search = found.matches.isEmpty ? nil : found
        }
        guard let index = landing.paragraph, let block = document.paragraphBlocks[index], let layout = layout(width: size.width) else { return }
        var top = layout.blockStarts[block]
        if block >= 2, case .speaker = document.blocks[block - 2].kind { top = layout.blockStarts[block - 2] }
        setTop(top, layout: layout, size: size)
    }

    /// The 1-based index of the first paragraph on screen (for marks and yanking).
    func firstVisibleParagraph(size: Size) -> Int? {
        guard case .loaded(let document) = document, let layout = layout(width: size.width) else { return nil }
        let top = top(layout, size)
        let visible = layout.lines[min(top, layout.lines.count)..<min(layout.lines.count, top + MeetingScreen.textHeight(size))]
        return visible.lazy.compactMap { document.paragraphIndex(of: $0.block) }.first
    }

    // MARK: Links

    /// Moves the focus to the next (or previous) link, starting from the view when no link
    /// is focused. Returns the focused link's summary, or a message when there is none.
    mutating func cycleLink(forward: Bool, size: Size) -> StatusMessage {
        guard case .loaded(let document) = document, !document.links.isEmpty, let layout = layout(width: size.width) else {
            return StatusMessage("This meeting has no links")
        }
        let count = document.links.count
        var wrapped = false
        let next: Int
        if let focused = focusedLink {
            let candidate = focused + (forward ? 1 : -1)
            wrapped = candidate < 0 || candidate >= count
            next = (candidate + count) % count
        } else {
            let top = top(layout, size)
            let lines = document.links.map { layout.line(block: $0.block, offset: $0.range.lowerBound) }
            if forward {
                next = lines.firstIndex { $0 >= top } ?? 0
            } else {
                let bottom = top + MeetingScreen.textHeight(size)
                next = lines.lastIndex { $0 < bottom } ?? count - 1
            }
        }
        focusedLink = next
        let link = document.links[next]
        reveal(line: layout.line(block: link.block, offset: link.range.lowerBound), layout: layout, size: size)
        return StatusMessage(link.summary + (wrapped ? (forward ? " (from the top)" : " (from the bottom)") : ""))
    }

    // MARK: Search

    /// Runs `query` and moves to the first match from the view in the search's direction.
    mutating func runSearch(_ query: String, backward: Bool, size: Size) {
        guard case .loaded(let document) = document else { return }
        var found = InMeetingSearch(query: query, backward: backward, document: document)
        guard !found.matches.isEmpty, let layout = layout(width: size.width) else {
            search = query.isEmpty ? nil : found
            return
        }
        let top = min(layout.line(of: beforeSearch?.scroll ?? scroll), top(layout, size))
        let lines = found.matches.map { layout.line(block: $0.block, offset: $0.range.lowerBound) }
        if backward {
            let bottom = top + MeetingScreen.textHeight(size)
            found.current = lines.lastIndex { $0 < bottom } ?? lines.count - 1
        } else {
            found.current = lines.firstIndex { $0 >= top } ?? 0
        }
        search = found
        revealCurrentMatch(size: size)
    }

    /// Steps to the next match in the search's direction (`reverse` for `N`).
    mutating func stepMatch(reverse: Bool, size: Size) -> StatusMessage? {
        guard var found = search else { return StatusMessage("No search yet: / searches forward, ? backward") }
        guard !found.matches.isEmpty else { return StatusMessage("No match for “\(found.query)”", isError: true) }
        let forward = found.backward == reverse
        let count = found.matches.count
        let current = found.current ?? (forward ? -1 : count)
        let candidate = current + (forward ? 1 : -1)
        found.current = (candidate + count) % count
        search = found
        revealCurrentMatch(size: size)
        if candidate >= count { return StatusMessage("Search wrapped to the top") }
        if candidate < 0 { return StatusMessage("Search wrapped to the bottom") }
        return nil
    }

    private mutating func revealCurrentMatch(size: Size) {
        guard let found = search, let current = found.current, let layout = layout(width: size.width) else { return }
        let match = found.matches[current]
        reveal(line: layout.line(block: match.block, offset: match.range.lowerBound), layout: layout, size: size)
    }

    // MARK: Rendering

    /// Draws the text rows; returns the row to park the cursor on.
    func render(into grid: inout Grid) -> Int? {
        let height = MeetingScreen.textHeight(grid.size)
        switch document {
        case .loading:
            grid.put(title, x: 1, y: 1, style: .title, limit: grid.width - 2)
            grid.put("Loading the meeting…", x: 1, y: 3, style: .dim)
            return nil
        case .failed(let reason):
            grid.put(title, x: 1, y: 1, style: .title, limit: grid.width - 2)
            for (i, line) in TextWrapper.wrap("Cannot open this meeting: " + reason, width: max(1, grid.width - 2), base: .error)
                .prefix(max(0, height - 2)).enumerated() {
                grid.put(line.line, x: 1, y: 3 + i)
            }
            return nil
        case .loaded(let document):
            let layout = document.layout(width: grid.width)
            let top = top(layout, grid.size)
            let visible = top..<min(layout.lines.count, top + height)
            let styled = visible.map { layout.styledLine($0, document: document, search: search, focusedLink: focusedLink) }
            PagerWidget.render(into: &grid, rect: Rect(x: 0, y: 1, width: grid.width, height: height), lines: styled, offset: 0)
            if let focusedLink, focusedLink < document.links.count {
                let link = document.links[focusedLink]
                let line = layout.line(block: link.block, offset: link.range.lowerBound)
                if line >= top && line < top + height { return 1 + line - top }
            }
            return 1
        }
    }

    /// "¶ 3 · 42%" for the status line.
    func position(size: Size) -> String {
        guard case .loaded(let document) = document, let layout = layout(width: size.width) else { return "" }
        let top = top(layout, size)
        let height = MeetingScreen.textHeight(size)
        let where_: String
        if layout.lines.count <= height { where_ = "All" }
        else if top == 0 { where_ = "Top" }
        else if top + height >= layout.lines.count { where_ = "Bot" }
        else { where_ = "\(100 * top / max(1, layout.lines.count - height))%" }
        // The first paragraph on screen (the one the top line belongs to, or the next).
        let visible = layout.lines[top..<min(layout.lines.count, top + height)]
        if let index = visible.lazy.compactMap({ document.paragraphIndex(of: $0.block) }).first,
           let label = document.paragraphLabels[index] {
            return "¶\(label) · \(where_)"
        }
        return where_
    }
}

