import Foundation
import PlenaryModel

/// Reads result paragraphs back from the meeting files (the index keeps no text), with a
/// small cache of file bytes so the pages of one search, and the next keystroke's, reuse them.
final class SnippetSource: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: [String: (modified: Int64, data: Data)] = [:]
    private var order: [String] = []
    private let capacity = 512

    func clear() {
        lock.withLock {
            cache.removeAll(); order.removeAll()
        }
    }

    /// The text of block `block` of the meeting file at `path`, or `nil` when the file is gone
    /// or no longer has that block.
    func text(root: URL, path: String, modified: Int64, block: Int) -> String? {
        guard let data = bytes(root: root, path: path, modified: modified) else { return nil }
        if let text = ParagraphText.extract(from: data, index: block) { return text }
        guard let meeting = try? RecordCoding.decode(Meeting.self, from: data),
            block >= 1, block <= meeting.paragraphs.count
        else { return nil }
        return meeting.paragraphs[block - 1].text
    }

    private func bytes(root: URL, path: String, modified: Int64) -> Data? {
        if let hit = lock.withLock({ cache[path] }), hit.modified == modified { return hit.data }
        guard let data = try? Data(contentsOf: root.appendingPathComponent(path)) else { return nil }
        lock.withLock {
            if cache[path] == nil { order.append(path) }
            cache[path] = (modified, data)
            if order.count > capacity { cache[order.removeFirst()] = nil }
        }
        return data
    }
}
