/// The line protocol between `plenary` commands and a store's watcher, over the Unix socket
/// `.plenary/watch.sock`. One request line per connection, then the reply; plain text so that
/// `socat` can talk to it when debugging.
///
///     sync <token>|-      →  token <session>-<position>
///                            unknown | paths <n>, then n lines
///     status              →  status <key=value …>
///     stop                →  stopping
public enum WatchProtocol {
    public enum Request: Equatable, Sendable {
        case sync(WatchToken?)
        case status
        case stop
    }

    public static func encode(_ request: Request) -> String {
        switch request {
        case .sync(let token): return "sync \(token?.description ?? "-")\n"
        case .status: return "status\n"
        case .stop: return "stop\n"
        }
    }

    public static func decodeRequest(_ line: String) -> Request? {
        let words = line.split(separator: " ")
        switch (words.first, words.count) {
        case ("sync", 2): return words[1] == "-" ? .sync(nil) : WatchToken(String(words[1])).map { .sync($0) }
        case ("status", 1): return .status
        case ("stop", 1): return .stop
        default: return nil
        }
    }

    public static func encode(_ reply: WatchReply) -> String {
        var out = "token \(reply.token)\n"
        switch reply.changes {
        case .unknown:
            out += "unknown\n"
        case .paths(let paths):
            out += "paths \(paths.count)\n"
            for path in paths { out += path + "\n" }
        }
        return out
    }

    /// `nil` for anything but a complete, well-formed reply (a watcher that died mid-answer).
    public static func decodeReply(_ text: String) -> WatchReply? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { return nil }
        lines.removeLast()
        guard lines.count >= 2, lines[0].hasPrefix("token "),
            let token = WatchToken(String(lines[0].dropFirst(6)))
        else { return nil }
        if lines[1] == "unknown", lines.count == 2 { return WatchReply(token: token, changes: .unknown) }
        guard lines[1].hasPrefix("paths "), let count = Int(lines[1].dropFirst(6)), lines.count == count + 2 else { return nil }
        return WatchReply(token: token, changes: .paths(lines[2...].map(String.init)))
    }
}
