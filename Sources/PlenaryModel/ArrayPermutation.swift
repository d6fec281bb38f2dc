extension Array {
    /// Rearranges the array so that position `k` holds what was at `order[k]` (`order` a
    /// permutation of the indices), by swapping along the permutation's cycles: no element is
    /// copied, so a timeline of tens of thousands of entries is reordered without retaining
    /// and releasing their strings.
    mutating func permute(to order: [Int]) {
        precondition(order.count == count, "a permutation of every index")
        var order = order
        // Through the buffer: its swapAt moves the two elements; Array's copies them.
        withUnsafeMutableBufferPointer { elements in
            for start in elements.indices where order[start] != start {
                var position = start
                while order[position] != start {
                    let source = order[position]
                    elements.swapAt(position, source)
                    order[position] = position
                    position = source
                }
                order[position] = position
            }
        }
    }
}
