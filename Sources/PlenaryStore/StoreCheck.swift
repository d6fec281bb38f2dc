import Foundation
import PlenaryModel

/// The whole-store consistency check behind `plenary check`: every file decodes and
/// validates, sits in the folder its id and date name, ids are unique, no meeting is stored
/// twice, kept sources exist, and no interrupted write left its temporary file behind.
public enum StoreCheck {
    public struct Report: Sendable {
        public var meetings: Int
        public var problems: [StoreProblem]
    }

    public static func run(_ store: Store) -> Report {
        let files = store.meetingFiles()
        let results = Parallel.map(files) { file in fileProblems(of: file, in: store) }
        var problems = results.flatMap(\.problems)
        problems += MeetingDuplicates.find(
            zip(files, results).compactMap { file, result in
                result.identity.map { (file.relativePath, $0) }
            })
        var seen: [String: String] = [:]
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            if let other = seen[file.id] {
                problems.append(StoreProblem(path: file.relativePath, reason: "id \(file.id) is also used by \(other)"))
            }
            seen[file.id] = file.relativePath
        }
        problems += leftoverTemporaryFiles(in: store)
        problems += StoreContainment.escapingFolders(of: store)
        problems += orphanSources(in: store, referenced: Set(results.compactMap { $0.identity?.sourceFile }))
        problems.sort { $0.path < $1.path }
        return Report(meetings: files.count, problems: problems)
    }

    /// `AtomicFile` writes `.<name>.tmp-<pid>-<n>` beside its target; one whose writer no longer
    /// runs was killed mid-write. The real file is intact (old or new); the leftover is only litter.
    static func leftoverTemporaryFiles(in store: Store) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        for folder in ["meetings", "sources"] {
            let base = store.root.appendingPathComponent(folder).path
            for year in DirectoryScan.entries(of: base) where year.isDirectory {
                for entry in DirectoryScan.entries(of: base + "/" + year.name) where !entry.isDirectory {
                    guard let pid = AtomicFile.writerProcess(ofTemporaryName: entry.name), !AtomicFile.isRunning(pid) else { continue }
                    problems.append(
                        StoreProblem(
                            path: "\(folder)/\(year.name)/\(entry.name)",
                            reason: "left by a write interrupted in process \(pid); the meeting file is intact and this one can be deleted")
                    )
                }
            }
        }
        return problems
    }

    /// Kept sources no meeting refers to: left by an import killed between writing the
    /// source and its meetings, or by a meeting deleted by hand.
    static func orphanSources(in store: Store, referenced: Set<String>) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        let base = store.sourcesDirectory.path
        for year in DirectoryScan.entries(of: base) where year.isDirectory && !year.name.hasPrefix(".") {
            for file in DirectoryScan.files(in: base + "/" + year.name) {
                let path = "sources/\(year.name)/\(file.name)"
                if !referenced.contains(path) {
                    problems.append(
                        StoreProblem(
                            path: path, reason: "no meeting refers to this source (an interrupted import); import it again or delete it"))
                }
            }
        }
        return problems
    }

    static func fileProblems(of file: MeetingFile, in store: Store) -> (problems: [StoreProblem], identity: MeetingDuplicates.Identity?) {
        let meeting: Meeting
        do {
            meeting = try Store.readMeeting(at: store.root.appendingPathComponent(file.relativePath), relativePath: file.relativePath)
        } catch {
            if case .invalidMeeting(_, let list) = error {
                return (list.map { StoreProblem(path: file.relativePath, reason: $0.description) }, nil)
            }
            return ([StoreProblem(path: file.relativePath, reason: Store.reason(error))], nil)
        }
        var problems: [StoreProblem] = []
        if meeting.id != file.id {
            problems.append(
                StoreProblem(path: file.relativePath, reason: "id \"\(meeting.id)\" does not match the file name \(file.id).json"))
        }
        let expected = "meetings/\(Store.yearFolder(meeting.date))/\(file.id).json"
        if file.relativePath != expected {
            problems.append(StoreProblem(path: file.relativePath, reason: "should be at \(expected) (from its date)"))
        }
        if let source = meeting.source {
            if !source.file.hasPrefix("sources/") || source.file.contains("..") {
                problems.append(StoreProblem(path: file.relativePath, reason: "source.file \(source.file) is not under sources/"))
            } else if !FileManager.default.fileExists(atPath: store.root.appendingPathComponent(source.file).path) {
                problems.append(StoreProblem(path: file.relativePath, reason: "source.file \(source.file) is missing"))
            }
        }
        return (problems, MeetingDuplicates.Identity(meeting))
    }
}
