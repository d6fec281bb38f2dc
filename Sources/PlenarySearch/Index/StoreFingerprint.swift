import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlenaryStore

/// The digest of every meeting file's path, size and modification time, computed straight
/// from `readdir` and `fstatat` without building a listing: the check every search makes
/// that nothing changed behind the index's back, so it must cost no more than the `stat`s.
/// Equal to `IndexWriter.fingerprint(store.meetingFiles())`.
enum StoreFingerprint {
    static func compute(_ store: Store) -> String {
        let base = store.meetingsDirectory.path
        let years = DirectoryList.names(base).filter { !$0.hasPrefix(".") }
        let partial = Parallel.map(years, threshold: 1) { year in digest(folder: base + "/" + year, prefix: "meetings/\(year)/") }
        var count = 0
        var sum: UInt64 = 0
        for (c, s) in partial {
            count += c
            sum = sum &+ s
        }
        return "\(count):\(sum)"
    }

    /// Count and summed hashes of the `.json` regular files of one year folder.
    static func digest(folder: String, prefix: String) -> (Int, UInt64) {
        guard let dir = opendir(folder) else { return (0, 0) }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        let prefixBytes = Array(prefix.utf8)
        var count = 0
        var sum: UInt64 = 0
        var info = stat()
        while let entry = readdir(dir) {
            let name = DirectoryList.name(of: entry)
            let length = strlen(name)
            guard name[0] != 0x2E, length > 5,
                name[length - 5] == 0x2E, name[length - 4] == 0x6A, name[length - 3] == 0x73,
                name[length - 2] == 0x6F, name[length - 1] == 0x6E,
                fstatat(fd, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG
            else { continue }
            #if canImport(Darwin)
            let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            #else
            let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            #endif
            var hash = IndexWriter.fnvStart
            for byte in prefixBytes { hash = IndexWriter.fnv(hash, byte) }
            for i in 0..<length { hash = IndexWriter.fnv(hash, UInt8(bitPattern: name[i])) }
            hash = IndexWriter.fnv(hash, value: UInt64(bitPattern: Int64(info.st_size)))
            hash = IndexWriter.fnv(hash, value: UInt64(bitPattern: modified))
            sum = sum &+ hash
            count += 1
        }
        return (count, sum)
    }

    /// Plain directory listing by name.
    enum DirectoryList {
        static func names(_ path: String) -> [String] {
            guard let dir = opendir(path) else { return [] }
            defer { closedir(dir) }
            var out: [String] = []
            while let entry = readdir(dir) {
                let name = String(cString: self.name(of: entry))
                if name != "." && name != ".." { out.append(name) }
            }
            return out
        }

        /// The name where the kernel put it (copying `d_name` whole would read past short records).
        static func name(of entry: UnsafeMutablePointer<dirent>) -> UnsafePointer<CChar> {
            UnsafeRawPointer(entry).advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self)
        }
    }
}
