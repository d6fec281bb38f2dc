/// The selection and scroll offset of a list, kept so the selection is always visible.
public struct ListViewport: Equatable, Hashable, Sendable {
    public var selection: Int
    public var offset: Int

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

    /// Moves the selection by `delta` rows (clamped) and scrolls to keep it visible.
    public func moved(by delta: Int, count: Int, height: Int) -> ListViewport {
        ListViewport(selection: selection + delta, offset: offset).clamped(count: count, height: height)
    }

    /// Moves by a page: the selection and the view shift together, like a pager.
    public func paged(_ pages: Int, count: Int, height: Int) -> ListViewport {
        let step = max(1, height - 1) * pages
        return ListViewport(selection: selection + step, offset: offset + step).clamped(count: count, height: height)
    }
}
