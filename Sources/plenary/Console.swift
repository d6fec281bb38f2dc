import Foundation
import SafeText

/// Output helpers: stdout is written in one piece (lists can have 100,000 lines), and
/// errors are one line on stderr prefixed `plenary:`. Everything goes through the one
/// sanitiser (`TerminalSafeText`): text from documents, catalogues, file names and arguments
/// can never drive the terminal.
enum Console {
    /// Text for standard output, made safe (line breaks kept).
    static func write(_ text: String) {
        writeRaw(TerminalSafeText.make(text, keepingNewlines: true))
    }

    /// Output whose text parts went through `safe` and that adds its own styles (bold,
    /// colours): written as it is.
    static func writeStyled(_ text: String) { writeRaw(text) }

    /// Bytes for a file or a pipe that must stay exactly as stored (`export` not to a terminal).
    static func writeRaw(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// One line on standard error, `plenary: ` first; arguments it repeats are shown safely.
    static func error(_ message: String) {
        let line = "plenary: " + TerminalSafeText.make(message) + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Document text is data: controls, escape sequences and bidi overrides are shown
    /// visibly or removed (`TerminalSafeText`). Tabs become spaces.
    static func safe(_ text: String, keepingNewlines: Bool = false) -> String {
        TerminalSafeText.make(text, keepingNewlines: keepingNewlines)
    }

    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
}
