/// The selection and scroll offset of a list, kept so the selection is always visible.
/// Every list of the browser moves through it (as ratatui's `ListState` selects next,
/// first and last), so up, down, a page, the ends and a row number mean the same everywhere.
public struct ListViewport: Equatable, Hashable, Sendable {
    public var selection: Int
    public var offset: Int

    /// The ways a selection moves; `to` is a 0-based row.
    public enum Movement: Equatable, Hashable, Sendable {
        case up, down, pageUp, pageDown, first, last
        case to(Int)

        /// Which way it travels: +1 down the list, -1 up (for lists that skip some rows).
        public var direction: Int {
            switch self {
            case .up, .pageUp, .last: return -1
            case .down, .pageDown, .first, .to: return 1
            }
        }
    }

    public init(selection: Int = 0, offset: Int = 0) {
        self.selection = selection
        self.offset = offset
    }

    /// The viewport with the selection inside `0..<count` and shown within `height` rows,
    /// scrolling as little as possible.
    public func clamped(count: Int, height: Int) -> ListViewport {
        guard count > 0, height > 0 else { return ListViewport(selection: 0, offset: 0) }
        let selection = min(max(0, self.selection), count - 1)
        var offset = min(max(0, self.offset), max(0, count - height))
        if selection < offset { offset = selection }
        if selection >= offset + height { offset = selection - height + 1 }
        return ListViewport(selection: selection, offset: offset)
    }

    /// Applies one movement in a list of `count` rows of which `height` are shown.
    public func moved(_ movement: Movement, count: Int, height: Int) -> ListViewport {
        switch movement {
        case .up: return moved(by: -1, count: count, height: height)
        case .down: return moved(by: 1, count: count, height: height)
        case .pageUp: return paged(-1, count: count, height: height)
        case .pageDown: return paged(1, count: count, height: height)
        case .first: return ListViewport(selection: 0, offset: offset).clamped(count: count, height: height)
        case .last: return ListViewport(selection: count - 1, offset: offset).clamped(count: count, height: height)
        case .to(let row): return ListViewport(selection: row, offset: offset).clamped(count: count, height: height)
        }
    }

    /// Moves the selection by `delta` rows (clamped) and scrolls to keep it visible.
    public func moved(by delta: Int, count: Int, height: Int) -> ListViewport {
        ListViewport(selection: selection + delta, offset: offset).clamped(count: count, height: height)
    }

    /// Moves by a page: the selection and the view shift together, like a pager.
    public func paged(_ pages: Int, count: Int, height: Int) -> ListViewport {
        let step = max(1, height - 1) * pages
        return ListViewport(selection: selection + step, offset: offset + step).clamped(count: count, height: height)
    }

    /// Scrolls the view alone by `delta` rows, within the list (a list without a selection,
    /// such as the help overlay).
    public func scrolled(by delta: Int, count: Int, height: Int) -> ListViewport {
        scrolled(to: offset + delta, count: count, height: height)
    }

    /// The view alone at row `top`, within the list (a pager's first line).
    public func scrolled(to top: Int, count: Int, height: Int) -> ListViewport {
        ListViewport(selection: selection, offset: min(max(0, top), max(0, count - height)))
    }

    /// For lists with rows that cannot be selected (headings): moves the selection off such
    /// rows in `direction` (or back when there is nothing further), keeps it visible, and
    /// shows the heading right above it.
    public func settled(count: Int, height: Int, direction: Int, selectable: (Int) -> Bool) -> ListViewport {
        guard count > 0 else { return ListViewport() }
        var s = min(max(0, selection), count - 1)
        if !selectable(s) {
            let step = direction >= 0 ? 1 : -1
            var t = s
            while t >= 0 && t < count && !selectable(t) { t += step }
            if t < 0 || t >= count {
                t = s
                while t >= 0 && t < count && !selectable(t) { t -= step }
            }
            if t >= 0 && t < count { s = t }
        }
        var settled = ListViewport(selection: s, offset: offset).clamped(count: count, height: height)
        if s > 0, !selectable(s - 1), settled.offset == s, height > 1 { settled.offset = s - 1 }
        return settled
    }

    /// The row a click on screen row `y` lands on, in a list drawn into `rect` in blocks
    /// `itemHeight` rows tall, and whether it was already selected (a second click opens).
    /// `nil` outside the list.
    public func hit(y: Int, in rect: Rect, itemHeight: Int = 1, count: Int) -> (row: Int, again: Bool)? {
        guard y >= rect.y, y < rect.maxY, itemHeight > 0 else { return nil }
        let row = offset + (y - rect.y) / itemHeight
        guard row < count else { return nil }
        return (row, row == selection)
    }
}
