import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// File names and arguments whose bytes are not UTF-8. Swift reads them with U+FFFD in place
/// of the bad bytes, which names a different file: such a name is reported, with its bytes
/// shown as `\xFF`, never skipped or silently replaced.
public enum RawFileNames {
    /// Bytes as text: UTF-8 runs as they are, every other byte as `\xNN`.
    public static func display(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            var end = i + 1
            // The longest valid UTF-8 sequence starting at i (1 to 4 bytes).
            var decoded: String?
            for length in stride(from: min(4, bytes.count - i), through: 1, by: -1) {
                if let s = String(validating: bytes[i..<(i + length)], as: UTF8.self), s.unicodeScalars.count == 1 {
                    decoded = s
                    end = i + length
                    break
                }
            }
            if let decoded { out += decoded } else { out += String(format: "\\x%02X", bytes[i]) }
            i = end
        }
        return out
    }

    /// The command-line arguments that are not UTF-8: as Swift decoded them → as displayed.
    public static func invalidArguments() -> [String: String] {
        var out: [String: String] = [:]
        for i in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[i] else { continue }
            let bytes = Array(
                UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            if String(validating: bytes, as: UTF8.self) == nil {
                out[String(decoding: bytes, as: UTF8.self)] = display(bytes)
            }
        }
        return out
    }

    /// Names below `folder` (hidden ones skipped, as the importer skips them) that are not
    /// UTF-8, as displayable paths under `folder`.
    public static func invalidNames(under folder: String, depth: Int = 0) -> [String] {
        guard depth < 64, let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var out: [String] = []
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(dir) {
            let name = UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self)
            let length = strlen(name)
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: length))
            if bytes.first == 0x2E { continue }
            guard let valid = String(validating: bytes, as: UTF8.self) else {
                out.append((folder as NSString).appendingPathComponent(display(bytes)))
                continue
            }
            if entry.pointee.d_type == UInt8(DT_DIR) {
                out += invalidNames(under: (folder as NSString).appendingPathComponent(valid), depth: depth + 1)
            }
        }
        return out.sorted()
    }
}
