/// The entity mention starting at each token (also at the word after a leading "the"),
/// looked up by array index rather than hashing on every token.
struct EntityIndex {
    private var slots: [Int32]
    private var cover: [Int32]
    private let entities: [EntityMention]

    init(_ entities: [EntityMention], tokens: [Token]) {
        self.entities = entities
        slots = [Int32](repeating: -1, count: tokens.count + 2)
        cover = [Int32](repeating: -1, count: tokens.count + 2)
        for (n, e) in entities.enumerated() {
            for k in e.tokens { cover[k] = Int32(n) }
            slots[e.tokens.lowerBound] = Int32(n)
            if tokens[e.tokens.lowerBound].folded == "the" { slots[e.tokens.lowerBound + 1] = Int32(n) }
        }
    }

    /// The mention whose span holds token `i`, wherever in the span it is.
    func covering(_ i: Int) -> EntityMention? {
        guard i >= 0, i < cover.count, cover[i] >= 0 else { return nil }
        return entities[Int(cover[i])]
    }

    subscript(_ i: Int) -> EntityMention? {
        guard i >= 0, i < slots.count, slots[i] >= 0 else { return nil }
        return entities[Int(slots[i])]
    }
}
