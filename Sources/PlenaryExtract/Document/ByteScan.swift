/// The UTF-8 bytes of text as one buffer, without a copy when the text is native (it almost
/// always is): the layout tests run over every byte of every document, so they scan pointers.
enum ByteScan {
    static func withBytes<R>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        let copy = Array(text.utf8)
        return copy.withUnsafeBufferPointer(body)
    }

    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        let copy = Array(text.utf8)
        return copy.withUnsafeBufferPointer(body)
    }
}
