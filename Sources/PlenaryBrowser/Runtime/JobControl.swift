#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-Z in raw mode arrives as a key, not as the terminal's stop signal: the browser stops
/// itself the way the shell's job control would, and carries on after `fg`.
enum JobControl {
    /// Whether a stop would be noticed: a shell with job control runs Plenary in a process
    /// group of the shell's session. Run straight from tmux or a service there is none, and
    /// the kernel would discard the signal.
    static var canSuspend: Bool {
        getsid(getppid()) == getsid(0) && getpgrp() != getsid(0)
    }

    /// Stops the process until it is continued (`fg`, `kill -CONT`).
    static func stop() {
        let previous = signal(SIGTSTP, SIG_DFL)
        kill(0, SIGTSTP)  // the whole job, as the terminal would: `make run` stops with it
        signal(SIGTSTP, previous)
    }
}
