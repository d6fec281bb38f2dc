import Foundation
import PlenaryExtract
#if canImport(Glibc)
import Glibc
#endif

/// Reading one document's bytes, with the system's own words when it cannot be read: only
/// regular files (devices and pipes never end, or block), at most the decoder's size limit.
enum DocumentFile {
    /// Why a file could not be read, as one phrase ("cannot read: permission denied").
    struct Unreadable: Error {
        var reason: String
    }

    static func read(_ path: String) throws(Unreadable) -> Data {
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
            throw Unreadable(reason: "cannot read: \(reason(error))")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else { throw Unreadable(reason: "not a regular file") }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > DocumentDecoder.maximumSize {
            throw Unreadable(reason: ExtractError.tooLarge(bytes: size, limit: DocumentDecoder.maximumSize).description)
        }
        return try bytes(path)
    }

    /// The whole file with open/read, so a failure carries errno's own words.
    private static func bytes(_ path: String) throws(Unreadable) -> Data {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Unreadable(reason: "cannot read: " + String(cString: strerror(errno)).lowercased()) }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Unreadable(reason: "cannot read: " + String(cString: strerror(errno)).lowercased())
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if data.count > DocumentDecoder.maximumSize { break }
        }
        return data
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }
}
