import Foundation
import PlenaryTestSupport
import XCTest

#if os(Linux)
/// Issue 12, row 7: a watcher started by the browser has a clean signal state, is not the
/// browser's child (so it can never linger as its zombie), and ends on SIGTERM.
final class WatcherSignalEndToEndTests: XCTestCase {
    private var folder: URL!
    private var store: URL { folder.appendingPathComponent("store") }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-e2e-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try TestStore.write(to: store)
    }

    override func tearDownWithError() throws {
        _ = try? plenary(["watch", "--stop", "--store", store.path])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs the binary to completion (no watcher started by it) and returns its standard output.
    private func plenary(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = try PlenaryBinary.require()
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["PLENARY_WATCH"] = "on"
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Fields of /proc/<pid>/status, or `nil` once the process is gone.
    private func status(_ pid: Int32) -> [String: String]? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return fields
    }

    /// Process ids whose parent is `parent`.
    private func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { status($0)?["PPid"] == String(parent) }
    }

    func testBrowserStartedWatcherHasCleanSignalsAndEndsOnSIGTERM() throws {
        let binary = try PlenaryBinary.require().path
        let tmux = try TmuxSession()
        defer { tmux.kill() }
        let command =
            "env LANG=C.UTF-8 LC_ALL= TERM=tmux-256color PLENARY_STORE= PLENARY_WATCH=on NO_COLOR= '\(binary)' --store '\(store.path)'; echo PLENARY-EXIT=$?; exec sh"
        try tmux.start(command, width: 80, height: 24, directory: folder)
        guard tmux.waitFor(text: "Enter open") != nil else { return }
        // A search asks for a watcher and, finding none, starts one.
        tmux.keys("/")
        tmux.type("ceasefire")
        tmux.keys("Enter")

        var watcher: Int32?
        let deadline = Date().addingTimeInterval(10)
        while watcher == nil && Date() < deadline {
            let line = try plenary(["watch", "--status", "--store", store.path])
            if let range = line.range(of: "watched by process ") {
                watcher = Int32(line[range.upperBound...].prefix { $0.isNumber })
            } else {
                usleep(50_000)
            }
        }
        guard let pid = watcher else { return XCTFail("no watcher started by the browser within 10 s") }
        let shell = Int32(tmux.paneFormat("#{pane_pid}")) ?? -1
        let browser = children(of: shell).first {
            (try? String(contentsOfFile: "/proc/\($0)/cmdline", encoding: .utf8))?.contains("--store") == true
        }
        XCTAssertNotNil(browser, "the browser's process")

        let fields = try XCTUnwrap(status(pid))
        XCTAssertEqual(fields["SigBlk"].flatMap { UInt64($0, radix: 16) }, 0, "the watcher blocks no signal: \(fields)")
        let ignored = fields["SigIgn"].flatMap { UInt64($0, radix: 16) } ?? 0
        XCTAssertEqual(ignored & (1 << UInt64(SIGTERM - 1)), 0, "SIGTERM is not ignored")
        if let browser { XCTAssertNotEqual(fields["PPid"], String(browser), "the watcher is not the browser's child") }

        XCTAssertEqual(kill(pid, SIGTERM), 0)
        let gone = Date().addingTimeInterval(5)
        while let state = status(pid)?["State"], !state.hasPrefix("Z"), Date() < gone { usleep(20_000) }
        let after = status(pid)?["State"]
        XCTAssertTrue(after == nil || after!.hasPrefix("Z"), "the watcher still runs after SIGTERM: \(after ?? "")")
        if let browser {
            let zombies = children(of: browser).filter { status($0)?["State"]?.hasPrefix("Z") == true }
            XCTAssertEqual(zombies, [], "zombies left in the browser")
        }

        // Back from the results to the list, then quit.
        tmux.waitFor(text: "2 found")
        tmux.keys("q")
        tmux.waitFor("the meetings list") { $0.contains("Enter open") && $0.contains("3 meetings") }
        tmux.keys("q")
        tmux.waitFor(text: "PLENARY-EXIT=0")
    }
}
#endif
