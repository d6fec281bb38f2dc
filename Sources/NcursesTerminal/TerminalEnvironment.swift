import Foundation

/// Checks made before ncurses is touched, so a pipe or a dumb terminal gets a clear
/// message instead of garbage on the screen.
public enum TerminalEnvironment {
    /// Why an interactive screen cannot run here, or `nil` when it can.
    public static func problem(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalError? {
        if isatty(STDIN_FILENO) == 0 { return .notATerminal("standard input is not a terminal") }
        if isatty(STDOUT_FILENO) == 0 { return .notATerminal("standard output is not a terminal") }
        guard let term = environment["TERM"], !term.isEmpty else { return .unsupportedTerminal("TERM is not set") }
        if term == "dumb" { return .unsupportedTerminal("TERM is \"dumb\"") }
        if !hasTerminfoEntry(term, environment: environment) {
            return .unsupportedTerminal("TERM \"\(term)\" has no terminfo entry")
        }
        return nil
    }

    /// Looks for the compiled terminfo entry where ncurses looks for it.
    static func hasTerminfoEntry(_ term: String, environment: [String: String]) -> Bool {
        guard let first = term.first, !term.contains("/") else { return false }
        var folders: [String] = []
        if let dir = environment["TERMINFO"] { folders.append(dir) }
        if let home = environment["HOME"] { folders.append(home + "/.terminfo") }
        if let dirs = environment["TERMINFO_DIRS"] {
            folders += dirs.split(separator: ":", omittingEmptySubsequences: false).map { $0.isEmpty ? "/usr/share/terminfo" : String($0) }
        }
        folders += ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
        let hex = String(first.asciiValue ?? 0, radix: 16)
        return folders.contains { folder in
            FileManager.default.fileExists(atPath: "\(folder)/\(first)/\(term)")
                || FileManager.default.fileExists(atPath: "\(folder)/\(hex)/\(term)")
        }
    }
}
