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
