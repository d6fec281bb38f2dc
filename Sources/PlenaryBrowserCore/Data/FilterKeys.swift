import Foundation
import PlenaryModel

/// The folded text each meeting is filtered on, built once and shared. Building it for
/// 100,000 meetings takes longer than drawing the first frame, so it is built after the
/// list is shown (`prepare()` on a background queue); a filter used before then builds it
/// on the spot.
public final class FilterKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [[UInt8]]?
    private let summaries: [MeetingSummary]

    init(_ summaries: [MeetingSummary]) { self.summaries = summaries }

    public func prepare() { _ = get() }

    func get() -> [[UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        if let keys { return keys }
        let built = summaries.map { s in
            TextFolding.fold([s.date, s.organization ?? "", s.symbol ?? "", s.title, s.body ?? "", s.id].joined(separator: " "))
        }
        keys = built
        return built
    }
}
