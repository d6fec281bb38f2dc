import SafeText
import TerminalUI

/// Marks, yanking and the pager: what the reducer does about the current place.
extension Reducer {
    // MARK: Marks

    /// The place shown now, as a mark.
    func currentPlace(_ state: AppState) -> Mark? {
        state.screen.model.place(state.areas)
    }

    func markKey(_ key: KeyEvent, set: Bool, _ state: inout AppState) -> [Effect] {
        state.message = nil  // the "Go to mark:" question is answered
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

    /// The paragraph under the reader: the cursor's on a meeting; the selected item's
    /// paragraphs on a list or the search screen.
    func selectedPassage(_ state: AppState) -> Passage? {
        state.screen.model.passage(state.areas)
    }

    func yank(markdown: Bool, _ state: inout AppState) -> [Effect] {
        guard let passage = selectedPassage(state) else {
            state.message = StatusMessage(
                state.screenKind == .meeting ? "The meeting is still loading" : "No paragraph to copy here", isError: true)
            return []
        }
        switch passage {
        case .open(let document, let paragraph):
            guard let quotation = Quotation(document.meeting, paragraphs: [paragraph], countries: state.countries, markdown: markdown)
            else {
                state.message = StatusMessage("No paragraph to copy here", isError: true)
                return []
            }
            state.message = StatusMessage("Copied \(markdown ? "as Markdown " : "")with “\(quotation.citation)”")
            // A clipboard is pasted into shells: text from documents reaches it only as visible, inert characters.
            return [.copy(Self.clipboardSafe(quotation.text))]
        case .stored(let ref):
            return [.copyPassage(ref, markdown: markdown)]
        case .item(let rawText, let rawCitation):
            let text = TerminalSafeText.make(rawText), citation = TerminalSafeText.make(rawCitation)
            let copied = markdown ? "> \(text)\n\n— \(citation)\n" : "\(text)\n— \(citation)\n"
            state.message = StatusMessage("Copied \(markdown ? "as Markdown " : "")with “\(citation)”")
            return [.copy(copied)]
        }
    }

    /// Each line made inert on its own, the line breaks kept (and nothing else below U+0020: no tabs).
    package static func clipboardSafe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalSafeText.make($0) }.joined(separator: "\n")
    }

    func pager(_ state: inout AppState) -> [Effect] {
        guard let passage = selectedPassage(state) else {
            state.message = StatusMessage(
                state.screenKind == .meeting ? "The meeting is still loading" : "Nothing to page here", isError: true)
            return []
        }
        switch passage {
        case .open(let document, let paragraph):
            // The whole record, opened at the cursor's paragraph.
            var lines: [String] = []
            var at: Int?
            let block = document.paragraphBlocks[paragraph]
            for (b, item) in document.blocks.enumerated() {
                if b == block { at = lines.count + 1 }
                switch item.kind {
                case .rule: lines.append(String(repeating: "-", count: 40))
                case .blank: lines.append("")
                case .paragraph: lines.append((item.margin.isEmpty ? "" : item.margin + ". ") + item.text)
                default: lines.append(item.text)
                }
            }
            return [.showInPager(lines.joined(separator: "\n") + "\n", line: at)]
        case .stored(let ref):
            return [.pagePassage(ref)]
        case .item(let text, let citation):
            return [.showInPager("\(citation)\n\n\(text)\n", line: nil)]
        }
    }
}
