import Foundation
import PlenaryExtract

/// The files an import reads: files named directly, and the non-hidden regular files under
/// folders; files left out because they are not documents (README, LICENSE…, truth and meta
/// files); names that cannot be read as UTF-8, reported rather than skipped.
struct ImportCandidates {
    /// One document to import, or the reason it cannot be.
    struct Candidate: Equatable {
        var path: String
        var problem: String?
    }

    var candidates: [Candidate] = []
    var skipped: [String] = []

    static let notUTF8 = "the file name is not UTF-8; rename it to import it"

    static func collect(_ paths: [String], undecodable: [String: String]) -> ImportCandidates {
        var found = ImportCandidates()
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if let shown = undecodable[path] {
                    found.candidates.append(Candidate(path: shown, problem: notUTF8))
                } else {
                    found.candidates.append(Candidate(path: path, problem: "no such file or folder"))
                }
                continue
            }
            guard isDirectory.boolValue else {
                // Named on purpose, a file is read; only data files beside documents are never documents.
                if MetaOverrides.isMetaFile(path) || path.lowercased().hasSuffix(".truth.json") {
                    found.skipped.append(path)
                } else {
                    found.candidates.append(Candidate(path: path))
                }
                continue
            }
            // Names the folder walk below cannot open are reported, not skipped.
            found.candidates += RawFileNames.invalidNames(under: path).map { Candidate(path: $0, problem: notUTF8) }
            found.addFolder(path)
        }
        return found
    }

    private mutating func addFolder(_ path: String) {
        guard
            let walker = FileManager.default.enumerator(
                at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else {
            candidates.append(Candidate(path: path, problem: "cannot read the folder"))
            return
        }
        let root = URL(fileURLWithPath: path).path
        var files: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            // Shown under the folder as the user named it.
            files.append(
                url.path.hasPrefix(root + "/")
                    ? (path as NSString).appendingPathComponent(String(url.path.dropFirst(root.count + 1))) : url.path)
        }
        let (others, documents) = files.sorted().reduce(into: ([String](), [String]())) { split, file in
            if NonDocumentNames.isNonDocument((file as NSString).lastPathComponent) { split.0.append(file) } else { split.1.append(file) }
        }
        skipped += others
        if documents.isEmpty {
            candidates.append(Candidate(path: path, problem: "the folder holds no documents"))
        } else {
            candidates += documents.map { Candidate(path: $0) }
        }
    }
}
