/// One line made of styled runs: what widgets lay out and the grid draws.
public struct StyledLine: Equatable, Sendable {
    public var runs: [StyledRun]

    public init(_ runs: [StyledRun] = []) { self.runs = runs }

    public init(_ text: String, _ style: Style = .normal) { self.runs = [StyledRun(text, style)] }

    public var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }
    public var plainText: String { runs.map(\.text).joined() }

    public mutating func append(_ text: String, _ style: Style = .normal) {
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append(StyledRun(text, style))
        }
    }

    /// The line cut to `width` columns, the last column an ellipsis when cut.
    public func truncated(to width: Int) -> StyledLine {
        guard self.width > width else { return self }
        var out = StyledLine()
        var remaining = max(0, width - 1)
        for run in runs {
            let w = DisplayWidth.of(run.text)
            if w <= remaining {
                out.runs.append(run)
                remaining -= w
            } else {
                out.append(DisplayWidth.truncate(run.text, to: remaining, ellipsis: ""), run.style)
                remaining = 0
                break
            }
        }
        if width > 0 { out.append("…", runs.last?.style ?? .normal) }
        return out
    }
}
