import Foundation
import PlenaryModel
import PlenaryStore
@testable import PlenarySearch
import XCTest

/// Issue 12, rows 10, 12 and 13: leftovers of killed builds are removed, random bytes written
/// into the index are found and the index rebuilt (never a wrong count), and a store whose
/// `.plenary/` cannot be written keeps its index in the user's cache.
final class IndexDamageTests: XCTestCase {
    var root: URL!
    var store: Store!
    static let words = ["peace", "security", "ceasefire", "humanitarian", "resolution", "council", "delegation", "sovereignty"]

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-damage-\(UUID().uuidString)")
        store = try Store.create(root.appendingPathComponent("store"))
        for m in 0..<40 {
            let paragraphs = (1...12).map { p in
                Paragraph(
                    index: p, number: "\(p)",
                    text: (0..<40).map { Self.words[($0 * (m + 1) + p) % Self.words.count] }.joined(separator: " ") + " item\(m)x\(p).")
            }
            try store.save(
                Meeting(
                    id: String(format: "2019-01-%02d-un-meeting-%d", m % 28 + 1, m), title: "Meeting \(m)",
                    date: String(format: "2019-01-%02d", m % 28 + 1), organization: "UN", paragraphs: paragraphs))
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    private var indexURL: URL { store.derivedDirectory.appendingPathComponent(IndexSchema.fileName) }

    /// Paragraphs matching each word, from a fresh index.
    private func counts() throws -> [Int] {
        let index = try SearchIndex.open(store: store)
        return try Self.words.map { try index.matches($0).count } + [try index.matches("item7x3").count]
    }

    func testRandomBytesInTheIndexAreFoundAndRebuilt() throws {
        let expected = try counts()
        var generator = SeededGenerator(seed: 20261205)
        var repaired = 0
        for trial in 0..<12 {
            _ = try SearchIndex.rebuild(store: store)
            let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: indexURL.path)[.size] as? Int)
            let handle = try FileHandle(forUpdating: indexURL)
            for _ in 0..<8 {
                try handle.seek(toOffset: UInt64(Int.random(in: 100..<size, using: &generator)))
                try handle.write(contentsOf: Data((0..<256).map { _ in UInt8.random(in: 0...255, using: &generator) }))
            }
            try handle.close()
            let index = try SearchIndex.open(store: store)
            if index.lastChanges.repaired { repaired += 1 }
            let got = try Self.words.map { try index.matches($0).count } + [try index.matches("item7x3").count]
            XCTAssertEqual(got, expected, "trial \(trial): wrong counts after random bytes")
        }
        XCTAssertGreaterThan(repaired, 0, "some damage was found and rebuilt")
    }

    /// An index this program changed and closed is as it stamped it: the next command must
    /// not take its own write for damage (SQLite moves the write-ahead log into the file
    /// when the last connection closes, which used to happen after the stamp and cost the
    /// next command a whole integrity check, 8 s at a million paragraphs).
    func testAnIndexChangedAndClosedIsAsStamped() throws {
        do { _ = try SearchIndex.open(store: store) }
        XCTAssertTrue(IndexHousekeeping.isAsStamped(indexURL))
        let url = try store.locate(id: "2019-01-02-un-meeting-1")
        let json = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "Meeting 1\"", with: "Meeting one\"")
        try Data(json.utf8).write(to: url)
        do {
            let index = try SearchIndex.open(store: store)
            XCTAssertEqual(index.lastChanges.changed, 1)
        }
        XCTAssertTrue(IndexHousekeeping.isAsStamped(indexURL), "the index's own change, settled before the stamp")
    }

    func testBuildsOfKilledProcessesAreRemoved() throws {
        _ = try counts()
        let dead =
            (Int32(
                (try? String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
                    ?? "") ?? 4_194_304) + 1
        let leftover = URL(fileURLWithPath: indexURL.path + ".building-\(dead)")
        let mine = URL(fileURLWithPath: indexURL.path + ".building-\(getppid())")
        try Data("half an index".utf8).write(to: leftover)
        try Data("a running builder's".utf8).write(to: mine)
        _ = try SearchIndex.rebuild(store: store)
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover.path), "a dead builder's file is removed")
        XCTAssertTrue(FileManager.default.fileExists(atPath: mine.path), "a live process's build is left alone")
        try? FileManager.default.removeItem(at: mine)
    }

    func testUnwritableDerivedFolderFallsBackToTheCache() throws {
        let cache = root.appendingPathComponent("cache")
        setenv("XDG_CACHE_HOME", cache.path, 1)
        defer { unsetenv("XDG_CACHE_HOME") }
        // `.plenary` that cannot be a folder (a file in its place); as root, permissions alone
        // do not stop writes, so this is the case every user can test.
        try? FileManager.default.removeItem(at: store.derivedDirectory)
        try Data().write(to: store.derivedDirectory)
        let index = try SearchIndex.open(store: store)
        XCTAssertEqual(try index.matches("item7x3").count, 1)
        let folder = cache.appendingPathComponent("plenary").appendingPathComponent(IndexHousekeeping.storeHash(store))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(IndexSchema.fileName).path))

        guard getuid() != 0 else { return print("SKIP: the read-only-permissions case needs a user other than root") }
        try FileManager.default.removeItem(at: store.derivedDirectory)
        try FileManager.default.createDirectory(at: store.derivedDirectory, withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: folder)
        chmod(store.derivedDirectory.path, 0o555)
        defer { chmod(store.derivedDirectory.path, 0o755) }
        XCTAssertEqual(try SearchIndex.open(store: store).matches("item7x3").count, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(IndexSchema.fileName).path))
    }
}

/// A small deterministic generator (SplitMix64), so a failing trial can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
