extension Array {
    /// Rearranges the array so that position `k` holds what was at `order[k]` (`order` a
    /// permutation of the indices), by swapping along the permutation's cycles: no element is
    /// copied, so a timeline of tens of thousands of entries is reordered without retaining
    /// and releasing their strings.
    mutating func permute(to order: [Int]) {
        precondition(order.count == count, "a permutation of every index")
        var order = order
        for start in indices where order[start] != start {
            var position = start
            while order[position] != start {
                let source = order[position]
                swapAt(position, source)
                order[position] = position
                position = source
            }
            order[position] = position
        }
    }
}
