import XCTest

@testable import PlenaryModel

/// `permute(to:)` swaps along cycles; it must give what `order.map { array[$0] }` gives.
final class ArrayPermutationTests: XCTestCase {
    func testPermutingInPlaceMatchesMapping() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 10, 257] {
            for _ in 0..<20 {
                let original = (0..<count).map { "entry \($0) with a heap-allocated label" }
                let order = Array(original.indices).shuffled(using: &generator)
                var permuted = original
                permuted.permute(to: order)
                XCTAssertEqual(permuted, order.map { original[$0] })
            }
        }
    }
}
