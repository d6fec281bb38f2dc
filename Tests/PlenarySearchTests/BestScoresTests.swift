@testable import PlenarySearch
import XCTest

/// The best rows of a ranked window are exactly the first rows of the whole sorted window.
final class BestScoresTests: XCTestCase {
    func testTheBestAreTheFirstOfTheSortedRows() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 7, 49, 50, 51, 199, 200, 201, 2001] {
            for count in [1, 20, 50, 60] {
                // Few distinct scores, so ties are decided by the rowid.
                let rows: [BestScores.Scored] = (0..<size).map { i in
                    (rowid: Int64(i * 7919 % 10007), score: -Double(Int.random(in: 0..<30, using: &generator)) / 4)
                }
                let expected = rows.sorted(by: BestScores.isBetter).prefix(count)
                let best = BestScores.best(rows, count: count)
                XCTAssertEqual(best.map(\.rowid), expected.map(\.rowid), "\(size) rows, best \(count)")
                XCTAssertEqual(best.map(\.score), expected.map(\.score), "\(size) rows, best \(count)")
            }
        }
        XCTAssertTrue(BestScores.best([(rowid: 1, score: -1)], count: 0).isEmpty)
    }
}
