import SafeText
import TerminalUI

/// Marks, yanking and the pager: what the reducer does about the current place.
extension Reducer {
    // MARK: Marks

    /// The place shown now, as a mark.
    func currentPlace(_ state: AppState) -> Mark? {
        switch state.screen {
        case .meetings: return nil
        case .meeting(let screen):
            return .meeting(id: screen.id, date: screen.date, paragraph: screen.firstVisibleParagraph(size: state.size))
        case .entity(let screen): return .link(screen.target)
        case .search(let screen): return screen.query.isEmpty ? nil : .search(query: screen.query)
        }
    }

    func markKey(_ key: KeyEvent, set: Bool, _ state: inout AppState) -> [Effect] {
        guard let c = key.typedCharacter, c.isLetter, c.isASCII else {
            state.message = StatusMessage("Marks are letters a–z and A–Z")
            return []
        }
        let letter = String(c)
        if set {
            guard let place = currentPlace(state) else {
                state.message = StatusMessage("Nothing to mark on this screen", isError: true)
                return []
            }
            state.marks[letter] = place
            state.message = StatusMessage("Mark \(letter): \(place.label)")
            return [.saveMarks(state.marks)]
        }
        guard let mark = state.marks[letter] else {
            state.message = StatusMessage("No mark \(letter)", isError: true)
            return []
        }
        switch mark {
        case .meeting(let id, let date, let paragraph):
            return openMeeting(id: id, paragraph: paragraph, highlights: [], date: date, &state)
        case .link(let target):
            return follow(target, &state)
        case .search(let query):
            var screen = SearchScreen()
            screen.query = query
            screen.generation = 1
            screen.status = .searching
            push(.search(screen), &state)
            return [.search(query: query, generation: 1)]
        }
    }

    // MARK: Yank and pager

    /// The paragraph under the reader: the focused link's, else the first on screen; or the
    /// selected item of a list. Text and its citation line.
    func selectedPassage(_ state: AppState) -> (text: String, citation: String)? {
        switch state.screen {
        case .meetings: return nil
        case .meeting(let screen):
            guard case .loaded(let document) = screen.document else { return nil }
            var index = screen.firstVisibleParagraph(size: state.size)
            if let focused = screen.focusedLink, focused < document.links.count,
               let i = document.paragraphIndex(of: document.links[focused].block) { index = i }
            guard let index, let block = document.paragraphBlocks[index] else { return nil }
            let label = document.paragraphLabels[index] ?? "#\(index)"
            return (document.blocks[block].text, "\(screen.title), \(screen.date), ¶\(label)")
        case .entity(let screen):
            return screen.selectedItem.map { ($0.text, $0.citation) }
        case .search(let screen):
            guard screen.items.indices.contains(screen.viewport.selection) else { return nil }
            let item = screen.items[screen.viewport.selection]
            return (item.text, item.citation)
        }
    }

    func yank(markdown: Bool, _ state: inout AppState) -> [Effect] {
        guard let (rawText, rawCitation) = selectedPassage(state) else {
            state.message = StatusMessage("No paragraph to copy here")
            return []
        }
        // A clipboard is pasted into shells: text from documents reaches it only as visible,
        // inert characters (one line per paragraph, no controls, escapes or bidi overrides).
        let text = TerminalSafeText.make(rawText), citation = TerminalSafeText.make(rawCitation)
        let copied = markdown ? "> \(text)\n\n— \(citation)\n" : "\(text)\n— \(citation)\n"
        state.message = StatusMessage("Copied \(markdown ? "as Markdown " : "")with “\(citation)” (OSC 52)")
        return [.copy(copied)]
    }

    func pager(_ state: inout AppState) -> [Effect] {
        switch state.screen {
        case .meeting(let screen):
            guard case .loaded(let document) = screen.document else { return [] }
            var lines: [String] = []
            for block in document.blocks {
                switch block.kind {
                case .rule: lines.append(String(repeating: "-", count: 40))
                case .blank: lines.append("")
                case .paragraph: lines.append((block.margin.isEmpty ? "" : block.margin + ". ") + block.text)
                default: lines.append(block.text)
                }
            }
            return [.showInPager(lines.joined(separator: "\n") + "\n")]
        default:
            guard let (text, citation) = selectedPassage(state) else {
                state.message = StatusMessage("Nothing to page here")
                return []
            }
            return [.showInPager("\(citation)\n\n\(text)\n")]
        }
    }
}
