import Foundation

/// Output helpers: stdout is written in one piece (lists can have 100,000 lines), and
/// errors are one line on stderr prefixed `plenary:`.
enum Console {
    static func write(_ text: String) {
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

    static func error(_ message: String) {
        let line = "plenary: " + message.replacingOccurrences(of: "\n", with: " ") + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Document text is data: control characters and escape sequences are replaced so they
    /// never reach a terminal raw. Tabs become spaces.
    static func safe(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                out.append(" ")
            } else if keepingNewlines && (scalar == "\n" || scalar == "\r") {
                out.append(scalar)
            } else if isControl(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
}
