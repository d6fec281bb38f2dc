import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX directory listing and stat: Foundation's per-file attribute dictionaries are
/// too slow for a hundred thousand meeting files on every `plenary list`.
enum DirectoryScan {
    struct Entry {
        var name: String
        var isDirectory: Bool
    }

    static func entries(of path: String) -> [Entry] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var result: [Entry] = []
        while let entry = readdir(dir) {
            let name = String(cString: nameOf(entry))
            if name == "." || name == ".." { continue }
            let type = entry.pointee.d_type
            var isDirectory = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var info = stat()
                if stat(path + "/" + name, &info) == 0 { isDirectory = (info.st_mode & S_IFMT) == S_IFDIR }
            }
            result.append(Entry(name: name, isDirectory: isDirectory))
        }
        return result
    }

    /// Size and modification time (ns) of a regular file, or `nil`.
    static func sizeAndModified(_ path: String) -> (Int64, Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return sizeAndModified(info)
    }

    /// Regular files of a folder with size and modification time, stat'ed relative to the
    /// open folder so the kernel does not walk the whole path for each of thousands of files.
    static func files(in path: String) -> [(name: String, size: Int64, modified: Int64)] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var result: [(name: String, size: Int64, modified: Int64)] = []
        while let entry = readdir(dir) {
            let type = entry.pointee.d_type
            if type == UInt8(DT_DIR) { continue }
            var info = stat()
            let name = nameOf(entry)
            let found: String? = name[0] != 0x2E && fstatat(fd, name, &info, 0) == 0 ? String(cString: name) : nil  // skip dot files
            if let name = found, let (size, modified) = sizeAndModified(info) {
                result.append((name, size, modified))
            }
        }
        return result
    }

    /// The entry's name where it lies. Copying `pointee.d_name` would read all 256 bytes, past
    /// the end of a short last record of the kernel's buffer: a crash on large folders.
    private static func nameOf(_ entry: UnsafeMutablePointer<dirent>) -> UnsafePointer<CChar> {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        return UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self)
    }

    private static func sizeAndModified(_ info: stat) -> (Int64, Int64)? {
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        return (Int64(info.st_size), modified)
    }
}
