#if os(Linux)
import Glibc

/// The little of Unix-domain stream sockets that the watcher and its clients need.
enum UnixSocket {
    /// Calls `body` with the address of `name` inside `directory`. Socket paths are limited
    /// to 107 bytes; a longer store path is reached through the open folder in /proc/self/fd.
    static func withAddress<T>(directory: String, name: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T? {
        var address = sockaddr_un()
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        var path = directory + "/" + name
        var folder: Int32 = -1
        defer { if folder >= 0 { close(folder) } }
        if path.utf8.count >= capacity {
            folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard folder >= 0 else { return nil }
            path = "/proc/self/fd/\(folder)/\(name)"
        }
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.enumerated() { raw[i] = byte }
            raw[path.utf8.count] = 0
        }
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    static func make() -> Int32 {
        socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    }

    /// Bounds every later read and write, so a stuck peer costs a second, not a hang.
    static func setTimeout(_ fd: Int32, seconds: Double) {
        var limit = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1_000_000))
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Writes all of `text`; `false` when the peer went away or timed out.
    static func send(_ fd: Int32, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += sent
        }
        return true
    }

    /// Reads until the peer closes, or through the first newline when `line` is set; `nil`
    /// on a timeout, an error or more than `limit` bytes.
    static func receive(_ fd: Int32, line: Bool, limit: Int) -> String? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit { return nil }
            if line, let end = data.firstIndex(of: 0x0A) {
                return String(decoding: data[...end], as: UTF8.self)
            }
        }
        return line ? nil : String(decoding: data, as: UTF8.self)
    }
}
#endif
