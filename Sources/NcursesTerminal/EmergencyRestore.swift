import Foundation

/// Puts the terminal back from a signal handler or `atexit`, where ncurses cannot be
/// called safely: the saved tty modes go back with `tcsetattr` and the bytes that leave
/// the alternate screen, show the cursor and stop mouse reporting are written with `write`,
/// both async-signal-safe. Everything is prepared before the handlers are installed.
enum EmergencyRestore {
    nonisolated(unsafe) private static var armed = false
    nonisolated(unsafe) private static var fd: Int32 = -1
    nonisolated(unsafe) private static var savedModes = termios()
    nonisolated(unsafe) private static var bytes: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) private static var byteCount = 0
    nonisolated(unsafe) private static var installed = false
    nonisolated(unsafe) private static var exitHookRegistered = false

    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Records the modes of `fd` before ncurses changes them.
    static func saveModes(of fd: Int32) -> Bool {
        var modes = termios()
        guard tcgetattr(fd, &modes) == 0 else { return false }
        self.fd = fd
        savedModes = modes
        return true
    }

    /// Arms the handlers with the bytes to write when restoring.
    static func arm(resetSequence: [UInt8]) {
        bytes?.deallocate()
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, resetSequence.count))
        buffer.initialize(from: resetSequence, count: resetSequence.count)
        bytes = buffer
        byteCount = resetSequence.count
        armed = true
        if !exitHookRegistered {
            exitHookRegistered = true
            atexit { EmergencyRestore.restore() }
        }
        guard !installed else { return }
        installed = true
        for sig in signals {
            signal(sig) { received in
                EmergencyRestore.restore()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// The orderly path (endwin) has run: nothing left to do on exit or signal.
    static func disarm() {
        armed = false
        if installed {
            for sig in signals { signal(sig, SIG_DFL) }
            installed = false
        }
    }

    static func restore() {
        guard armed else { return }
        armed = false
        if let bytes, byteCount > 0, fd >= 0 { _ = write(fd, bytes, byteCount) }
        if fd >= 0 { _ = tcsetattr(fd, TCSAFLUSH, &savedModes) }
    }
}
