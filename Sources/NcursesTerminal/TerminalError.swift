/// Why the terminal interface cannot start; each case is one line for the user.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, a CI job).
    case notATerminal(String)
    /// `TERM` is unset, `dumb`, or names no terminfo entry.
    case unsupportedTerminal(String)
    /// No UTF-8 locale could be set; without one every non-ASCII character is lost.
    case noUTF8Locale(String)
    case initializationFailed(String)

    public var description: String {
        switch self {
        case .notATerminal(let why), .unsupportedTerminal(let why), .noUTF8Locale(let why), .initializationFailed(let why):
            return why
        }
    }
}
