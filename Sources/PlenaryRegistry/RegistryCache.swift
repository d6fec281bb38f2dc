import Foundation
import PlenaryModel
import PlenaryStore

/// The registry of a store, from meeting digests cached in `<store>/.plenary/registry.json`.
/// A digest is reused while its file keeps its size and modification time; files added,
/// changed or removed behind the cache's back are noticed by `Store.meetingFiles()`.
public enum RegistryCache {
    static let fileName = "registry.json"
    static let format = "plenary.registry/2"

    struct Entry: Codable {
        var path: String
        var size: Int64
        var modified: Int64
        var digest: MeetingDigest
    }

    struct File: Codable {
        var format: String
        var entries: [Entry]
    }

    /// The registry of `store` and the meeting files that could not be read.
    public static func load(_ store: Store) -> (registry: Registry, problems: [StoreProblem]) {
        let url = store.derivedDirectory.appendingPathComponent(fileName)
        var cached: [String: Entry] = [:]
        if let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data), file.format == format {
            for e in file.entries { cached[e.path] = e }
        }
        let files = store.meetingFiles()
        var entries: [Entry] = []
        var stale: [MeetingFile] = []
        for f in files {
            if let e = cached[f.relativePath], e.size == f.size, e.modified == f.modified { entries.append(e) } else { stale.append(f) }
        }
        var problems: [StoreProblem] = []
        for f in stale {
            do {
                let meeting = try store.meeting(id: f.id)
                entries.append(Entry(path: f.relativePath, size: f.size, modified: f.modified, digest: MeetingDigest(meeting)))
            } catch {
                problems.append(StoreProblem(path: f.relativePath, reason: error.description))
            }
        }
        if !stale.isEmpty || cached.count != entries.count {
            entries.sort { $0.path < $1.path }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            // A read-only store still answers; it only cannot keep its cache.
            if let data = try? encoder.encode(File(format: format, entries: entries)) {
                try? AtomicFile.write(data, to: url)
            }
        }
        return (Registry.build(entries.map(\.digest)), problems)
    }
}
