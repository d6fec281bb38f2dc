import Foundation
import XCTest

/// A private tmux server (its own socket, no user configuration) running one command in a
/// window of fixed size. Reads the screen with `capture-pane` and waits by polling for
/// expected text, never by fixed sleeps.
final class TmuxSession {
    let socket: String
    private(set) var started = false
    static let timeout: TimeInterval = 15

    init() throws {
        guard let _ = TmuxSession.which("tmux") else { throw XCTSkip("SKIP: tmux is not installed; the end-to-end tests need it") }
        socket = "plenary-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    }

    deinit { kill() }

    static func which(_ program: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a tmux command and returns its output. Spawned directly and waited for with
    /// `waitpid`, output through a file: the daemonised server inherits the client's
    /// descriptors, so a pipe would never reach end-of-file.
    @discardableResult
    func tmux(_ arguments: [String]) -> (status: Int32, output: String) {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = [TmuxSession.which("tmux")!, "-L", socket, "-f", "/dev/null"] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }.map { "\($0.key)=\($0.value)" }
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment) == 0 else { return (-1, "cannot run tmux") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : -1, output)
    }

    /// Starts `command` (run by sh) in a detached window of `width`x`height`.
    func start(_ command: String, width: Int, height: Int, directory: URL) throws {
        let result = tmux(["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", "-c", directory.path, command])
        guard result.status == 0 else { throw XCTSkip("SKIP: tmux could not start a session: \(result.output)") }
        started = true
        tmux(["set-option", "-t", "e2e", "remain-on-exit", "on"])
    }

    func capture(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", "e2e"] + (escapes ? ["-e"] : [])).output
    }

    /// Polls the screen until `predicate` holds; returns the screen, or fails the test with
    /// the last screen seen.
    @discardableResult
    func waitFor(
        _ what: String, escapes: Bool = false, file: StaticString = #filePath, line: UInt = #line,
        _ predicate: (String) -> Bool
    ) -> String? {
        let deadline = Date().addingTimeInterval(TmuxSession.timeout)
        var screen = ""
        while Date() < deadline {
            screen = capture(escapes: escapes)
            if predicate(screen) { return screen }
            usleep(20_000)
        }
        XCTFail("timed out waiting for \(what); the screen was:\n\(screen)", file: file, line: line)
        return nil
    }

    @discardableResult
    func waitFor(text: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        waitFor("“\(text)”", file: file, line: line) { $0.contains(text) }
    }

    /// Sends tmux key names ("Enter", "Escape", "C-c", "q").
    func keys(_ names: String...) { tmux(["send-keys", "-t", "e2e"] + names) }

    /// Types text literally.
    func type(_ text: String) { tmux(["send-keys", "-t", "e2e", "-l", text]) }

    func resize(width: Int, height: Int) { tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"]) }

    /// A tmux format of the pane, e.g. `#{alternate_on}`.
    func paneFormat(_ format: String) -> String {
        tmux(["display-message", "-p", "-t", "e2e", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func kill() {
        guard started else { return }
        started = false
        tmux(["kill-server"])
    }
}
