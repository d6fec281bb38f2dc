import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files so that a reader — or a crash — sees the old bytes or the new bytes,
/// never a mixture: temporary file in the same folder, fsync, rename, fsync of the folder.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws(StoreError) {
        let folder = url.deletingLastPathComponent()
        try makeDirectories(folder)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == ENOSPC || errno == EDQUOT { throw diskFull(url) }
            throw .io(path: temporary.path, reason: "cannot create: \(errnoText())")
        }
        var failure: StoreError?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure =
                        errno == ENOSPC || errno == EDQUOT
                        ? diskFull(url) : .io(path: temporary.path, reason: "write failed: \(errnoText())")
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0 {
            failure = errno == ENOSPC || errno == EDQUOT ? diskFull(url) : .io(path: temporary.path, reason: "fsync failed: \(errnoText())")
        }
        close(fd)
        if let failure {
            unlink(temporary.path)
            throw failure
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = errnoText()
            unlink(temporary.path)
            throw .io(path: url.path, reason: "rename failed: \(reason)")
        }
        syncDirectory(folder)
    }

    /// A full disk as one plain sentence; the file written is still the old one, or absent.
    static func diskFull(_ url: URL) -> StoreError {
        .io(path: url.path, reason: "not written: the disk is full; free some space and try again")
    }

    /// Removes a file and makes the removal durable.
    public static func remove(_ url: URL) throws(StoreError) {
        guard unlink(url.path) == 0 else {
            if errno == ENOENT { return }
            throw .io(path: url.path, reason: "cannot remove: \(errnoText())")
        }
        syncDirectory(url.deletingLastPathComponent())
    }

    public static func makeDirectories(_ url: URL) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .io(path: url.path, reason: "cannot create folder: \(error.localizedDescription)")
        }
    }

    /// fsync of the folder makes the rename itself survive a power cut.
    static func syncDirectory(_ url: URL) {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

extension AtomicFile {
    /// The writer's process id in a temporary name `.<name>.tmp-<pid>-<n>`, or `nil`.
    static func writerProcess(ofTemporaryName name: String) -> Int32? {
        guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let parts = name[marker.upperBound...].split(separator: "-")
        guard parts.count == 2, let pid = Int32(parts[0]), parts[1].allSatisfy(\.isNumber) else { return nil }
        return pid
    }

    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }
