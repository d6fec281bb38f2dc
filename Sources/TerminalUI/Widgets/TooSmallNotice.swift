/// What is shown instead of a screen when the terminal is smaller than the program needs.
public enum TooSmallNotice {
    public static func render(size: Size, minimum: Size) -> Grid {
        var grid = Grid(size: size)
        guard size.width > 0, size.height > 0 else { return grid }
        let message =
            "Terminal too small: \(size.width)x\(size.height), needs \(minimum.width)x\(minimum.height). Enlarge it or press q to quit."
        let lines = TextWrapper.wrap(message, width: size.width).map(\.line)
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.prefix(size.height).enumerated() {
            let x = max(0, (size.width - line.width) / 2)
            grid.put(line.plainText, x: x, y: top + i, style: .error)
        }
        return grid
    }
}
