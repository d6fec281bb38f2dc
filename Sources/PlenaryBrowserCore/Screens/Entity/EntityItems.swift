/// Makes the items of a long entity page one at a time, when they are drawn or searched:
/// a whole-store timeline has tens of thousands of items, and building every one before
/// the first screen showed cost more than reading them from the index.
public protocol EntityItemMaker: Sendable {
    var count: Int { get }
    func item(at index: Int) -> EntityItem
}

/// The items of an entity page: held in an array, or made on demand by an `EntityItemMaker`.
/// Either way a collection, so screens index, count and filter them alike.
public struct EntityItems: RandomAccessCollection, Equatable, Sendable {
    /// One word either way (the maker boxed): pages travel inside screens, which are copied often.
    private enum Storage: Sendable {
        case held([EntityItem])
        indirect case made(any EntityItemMaker)
    }

    private let storage: Storage

    public init(_ items: [EntityItem]) { storage = .held(items) }

    public init(made maker: any EntityItemMaker) { storage = .made(maker) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .held(let items): return items.count
        case .made(let maker): return maker.count
        }
    }

    public subscript(position: Int) -> EntityItem {
        switch storage {
        case .held(let items): return items[position]
        case .made(let maker): return maker.item(at: position)
        }
    }

    /// Item by item: equal items make equal pages however they are kept.
    public static func == (a: EntityItems, b: EntityItems) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 == $1 }
    }
}
