/// A failure a command reports to the user: one line and an exit code (1 failed, 2 usage).
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32

    static func failed(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 1) }
    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 2) }
}
