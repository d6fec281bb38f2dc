import Foundation
import PlenaryModel

/// Reads result paragraphs back from the meeting files (the index keeps no text), with a
/// small cache so the pages of one search, and the next keystroke's, reuse decoded meetings.
final class SnippetSource: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: [String: (modified: Int64, meeting: Meeting)] = [:]
    private var order: [String] = []
    private let capacity = 256

    func clear() { lock.withLock { cache.removeAll(); order.removeAll() } }

    func meeting(root: URL, path: String, modified: Int64) -> Meeting? {
        if let hit = lock.withLock({ cache[path] }), hit.modified == modified { return hit.meeting }
        guard let data = try? Data(contentsOf: root.appendingPathComponent(path)),
              let meeting = try? RecordCoding.decode(Meeting.self, from: data) else { return nil }
        lock.withLock {
            if cache[path] == nil { order.append(path) }
            cache[path] = (modified, meeting)
            if order.count > capacity { cache[order.removeFirst()] = nil }
        }
        return meeting
    }
}
