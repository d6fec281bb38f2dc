import Foundation
import PlenaryTestSupport
import XCTest

/// What one run of the `plenary` binary did.
struct PlenaryRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `plenary` (`PlenaryBinary`) as a user would, in a given folder, with no store
/// named by the environment (so each test picks its own), a private XDG data folder and no
/// store watcher.
enum PlenaryProcess {
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> PlenaryRun {
        let binary = try PlenaryBinary.require()
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["PLENARY_STORE"] = nil
        env["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        // No background store watchers unless a test asks for one (WatchCommandTests does).
        env["PLENARY_WATCH"] = "off"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a chatty child never blocks on a full pipe.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PlenaryRun(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

extension PlenaryProcess {
    /// Runs a shell line (for arguments Swift cannot pass, such as bytes that are not UTF-8)
    /// with the same environment as `run`.
    static func runShell(_ script: String, in folder: URL) throws -> PlenaryRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["PLENARY_STORE"] = nil
        env["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        env["PLENARY_WATCH"] = "off"
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PlenaryRun(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
