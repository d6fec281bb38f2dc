/// Cuts the attributes of an HTML start tag beyond a limit before libxml2 sees the page.
/// libxml2 checks each new attribute against all earlier ones of its element, so a tag with
/// n attributes costs n² (30,000 took 1.6 s; 300,000 hung). No real page comes near the
/// limit, and Plenary reads only `class`, `start` and `value`: what is cut is never text.
/// One linear pass finds out whether anything must be cut; only then is a copy made.
enum HTMLAttributeLimit {
    static let maximumAttributes = 1_000

    /// The page with every tag's attributes past `limit` removed, and how many tags were cut.
    static func apply(_ bytes: [UInt8], limit: Int = maximumAttributes) -> (bytes: [UInt8], cutTags: Int) {
        // Each attribute takes at least two bytes (a space and a letter).
        guard bytes.count > 2 * limit, scan(bytes, limit: limit, copy: nil) > 0 else { return (bytes, 0) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let cut = scan(bytes, limit: limit, copy: &out)
        return (out, cut)
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Walks the page once; with `copy`, appends every byte that is kept. Returns the number
    /// of tags with attributes past the limit.
    private static func scan(_ b: [UInt8], limit: Int, copy: UnsafeMutablePointer<[UInt8]>?) -> Int {
        let n = b.count
        var i = 0, cutTags = 0
        var keptFrom = 0  // start of the bytes not yet copied
        func keep(_ end: Int) {
            if let copy, keptFrom < end { copy.pointee.append(contentsOf: b[keptFrom..<end]) }
        }
        while i < n {
            guard b[i] == 0x3C, i + 1 < n else { i += 1; continue }  // <
            if b[i + 1] == 0x21, i + 3 < n, b[i + 2] == 0x2D, b[i + 3] == 0x2D {  // <!-- … -->
                i += 4
                while i + 2 < n, !(b[i] == 0x2D && b[i + 1] == 0x2D && b[i + 2] == 0x3E) { i += 1 }
                i += 3
                continue
            }
            guard isLetter(b[i + 1]) else { i += 1; continue }
            i += 1
            while i < n, !isSpace(b[i]), b[i] != 0x3E, b[i] != 0x2F { i += 1 }  // tag name
            var count = 0
            var cutting = false
            while i < n {
                while i < n, isSpace(b[i]) { i += 1 }
                guard i < n, b[i] != 0x3E else { break }  // >
                if b[i] == 0x2F, i + 1 < n, b[i + 1] == 0x3E { break }  // />
                let start = i
                // Name, then an optional = and value (quoted or bare).
                while i < n, !isSpace(b[i]), b[i] != 0x3D, b[i] != 0x3E, !(b[i] == 0x2F && i + 1 < n && b[i + 1] == 0x3E) { i += 1 }
                if i == start { i += 1 }
                var j = i
                while j < n, isSpace(b[j]) { j += 1 }
                if j < n, b[j] == 0x3D {
                    j += 1
                    while j < n, isSpace(b[j]) { j += 1 }
                    if j < n, b[j] == 0x22 || b[j] == 0x27 {
                        let quote = b[j]
                        j += 1
                        while j < n, b[j] != quote { j += 1 }
                        j = min(n, j + 1)
                    } else {
                        while j < n, !isSpace(b[j]), b[j] != 0x3E { j += 1 }
                    }
                    i = j
                }
                count += 1
                if count > limit {
                    if !cutting { cutting = true; cutTags += 1 }
                    // Drop the attribute with the spaces before it.
                    var back = start
                    while back > keptFrom, isSpace(b[back - 1]) { back -= 1 }
                    keep(back)
                    keptFrom = i
                }
            }
        }
        keep(n)
        return cutTags
    }
}
