import Foundation

/// Layouts of one document by width, shared by the reducer and the renderer. A cache, not
/// state: it holds nothing that cannot be recomputed, so documents compare without it.
final class LayoutCache: @unchecked Sendable {
    private let lock = NSLock()
    private var layouts: [(width: Int, layout: MeetingLayout)] = []

    func layout(for document: MeetingDocument, width: Int) -> MeetingLayout {
        lock.lock()
        defer { lock.unlock() }
        if let hit = layouts.first(where: { $0.width == width }) { return hit.layout }
        let layout = MeetingLayout(document: document, width: width)
        layouts.insert((width, layout), at: 0)
        if layouts.count > 3 { layouts.removeLast() }
        return layout
    }
}
