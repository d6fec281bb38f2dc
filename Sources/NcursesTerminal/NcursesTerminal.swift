import CNcursesw
import Foundation
import TerminalUI

/// The `Terminal` protocol over ncursesw. Opens the screen with `newterm` (never
/// `initscr`, which exits on failure), draws grids with the wide-character calls, reads keys
/// with `get_wch`, and restores the terminal on every path out: `end()`, a signal, `exit`.
public final class NcursesTerminal: Terminal {
    private var screen: OpaquePointer?
    private var input: UnsafeMutablePointer<FILE>?
    private var output: UnsafeMutablePointer<FILE>?
    private var pairs: [PairKey: Int16] = [:]
    private var ended = false
    public var theme: Theme
    public let colors: Int

    private struct PairKey: Hashable { var foreground: Int; var background: Int }

    /// Opens the user's terminal: checks the locale and the environment, then takes over
    /// the screen. Throws a `TerminalError` with a one-line reason.
    public static func open(environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) -> NcursesTerminal {
        try setUTF8Locale()
        if let problem = TerminalEnvironment.problem(environment: environment) { throw problem }
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        _ = EmergencyRestore.saveModes(of: STDOUT_FILENO)
        guard let output = fdopen(dup(STDOUT_FILENO), "w"), let input = fdopen(dup(STDIN_FILENO), "r") else {
            throw .initializationFailed("cannot open the terminal's streams")
        }
        let terminal = try NcursesTerminal(terminalType: nil, input: input, output: output, environment: environment)
        terminal.armEmergencyRestore()
        return terminal
    }

    /// A screen on arbitrary files, for tests: `newterm` on /dev/null draws into memory
    /// that `text(row:)` reads back.
    /// `inputPath` replays recorded key bytes (tests of key decoding).
    public static func headless(terminalType: String, size: Size, inputPath: String = "/dev/null") throws(TerminalError) -> NcursesTerminal
    {
        try setUTF8Locale()
        guard let output = fopen("/dev/null", "w"), let input = fopen(inputPath, "r") else {
            throw .initializationFailed("cannot open /dev/null or \(inputPath)")
        }
        let terminal = try NcursesTerminal(terminalType: terminalType, input: input, output: output, environment: [:])
        resizeterm(Int32(size.height), Int32(size.width))
        return terminal
    }

    private init(
        terminalType: String?, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
        environment: [String: String]
    ) throws(TerminalError) {
        self.input = input
        self.output = output
        guard let screen = newterm(terminalType, output, input) else {
            fclose(input)
            fclose(output)
            throw .unsupportedTerminal("cannot start the terminal \"\(terminalType ?? environment["TERM"] ?? "")\"")
        }
        self.screen = screen
        set_term(screen)
        raw()
        noecho()
        nonl()
        let window = plenary_stdscr()
        keypad(window, true)
        meta(window, true)
        intrflush(window, false)
        leaveok(window, false)
        var colorCount = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(plenary_colors())
        }
        colors = colorCount
        theme = Theme.forTerminal(colors: colorCount, environment: environment)
        let mask =
            plenary_button1_pressed() | plenary_button1_released() | plenary_button1_clicked()
            | plenary_button4_pressed() | plenary_button5_pressed()
        mousemask(mask, nil)
        mouseinterval(0)
        curs_set(0)
    }

    deinit { end() }

    /// Ends the screen and restores the terminal; safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        if let screen {
            set_term(screen)
            curs_set(1)
            endwin()
            delscreen(screen)
        }
        EmergencyRestore.disarm()
        if let input { fclose(input) }
        if let output { fclose(output) }
        screen = nil
        input = nil
        output = nil
    }

    // MARK: Terminal

    public var size: Size {
        let window = plenary_stdscr()
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public func draw(_ frame: Frame) {
        guard !ended else { return }
        let window = plenary_stdscr()
        let grid = frame.grid
        let rows = min(grid.height, Int(getmaxy(window)))
        let columns = min(grid.width, Int(getmaxx(window)))
        var chars = [wchar_t](repeating: 0, count: Int(plenary_max_cchar()) + 1)
        var cell = cchar_t()
        for y in 0..<rows {
            var x = 0
            while x < columns {
                let c = grid[x, y]
                if c.isContinuation { x += 1; continue }
                let (attributes, pair) = look(c.style)
                let drawn = cellCharacters(c, into: &chars)
                setcchar(&cell, chars, attributes, pair, nil)
                wmove(window, Int32(y), Int32(x))
                wadd_wch(window, &cell)
                // A wide character the C library thinks narrow: pad so columns stay aligned.
                if drawn < c.width, x + 1 < columns {
                    chars[0] = 0x20
                    chars[1] = 0
                    setcchar(&cell, chars, attributes, pair, nil)
                    wmove(window, Int32(y), Int32(x + 1))
                    wadd_wch(window, &cell)
                }
                x += max(1, c.width)
            }
        }
        if let cursor = frame.cursor {
            wmove(window, Int32(min(max(0, cursor.y), rows - 1)), Int32(min(max(0, cursor.x), columns - 1)))
        }
        curs_set(frame.cursorVisible ? 1 : 0)
        wnoutrefresh(window)
        doupdate()
    }

    /// How long one wait for input lasts when the caller waits indefinitely. SIGWINCH may be
    /// delivered to a background thread (loads run on them), where it sets ncurses' resize
    /// flag without interrupting this thread's read; waking up regularly picks the flag up,
    /// so a resize is never lost until the next key.
    static let idleWake: Int32 = 100

    public func invalidate() {
        guard !ended else { return }
        clearok(plenary_curscr(), true)
    }

    public func copyToClipboard(_ text: String) {
        guard !ended, let output else { return }
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        fputs(sequence, output)
        fflush(output)
    }

    public func suspend(while body: () -> Void) {
        guard !ended else { return body() }
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        clearok(plenary_curscr(), true)
        refresh()
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> KeyEvent? {
        guard !ended else { return nil }
        let window = plenary_stdscr()
        var ch: wint_t = 0
        var status: Int32
        if let timeoutMilliseconds {
            wtimeout(window, Int32(timeoutMilliseconds))
            status = wget_wch(window, &ch)
        } else {
            wtimeout(window, NcursesTerminal.idleWake)
            repeat { status = wget_wch(window, &ch) } while status == ERR && !ended
        }
        if status == ERR { return nil }
        if status == KEY_CODE_YES { return functionKey(Int32(ch)) }
        if ch == 0x1B {
            // Alt sends ESC before the key; a key right behind it is an Alt combination.
            wtimeout(window, 0)
            var next: wint_t = 0
            let nextStatus = wget_wch(window, &next)
            if nextStatus == OK, var event = characterKey(next) {
                if event.key == .escape { return KeyEvent(.escape) }
                event.modifiers.insert(.alt)
                return event
            }
            if nextStatus == KEY_CODE_YES, var event = functionKey(Int32(next)) {
                event.modifiers.insert(.alt)
                return event
            }
            return KeyEvent(.escape)
        }
        return characterKey(ch)
    }

    // MARK: Reading back (tests)

    /// The text ncurses holds for row `y`, wide characters once.
    public func text(row y: Int) -> String {
        let window = plenary_stdscr()
        var out = ""
        var cell = cchar_t()
        var chars = [wchar_t](repeating: 0, count: Int(plenary_max_cchar()) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        var x = 0
        let width = Int(getmaxx(window))
        while x < width {
            guard mvwin_wch(window, Int32(y), Int32(x), &cell) != ERR else { break }
            getcchar(&cell, &chars, &attributes, &pair, nil)
            var columns = 1
            for ch in chars {
                if ch == 0 { break }
                if let scalar = Unicode.Scalar(UInt32(bitPattern: ch)) {
                    out.unicodeScalars.append(scalar)
                    columns = max(columns, Int(plenary_wcwidth(ch)))
                }
            }
            x += columns
        }
        return out
    }

    // MARK: Private

    private static func setUTF8Locale() throws(TerminalError) {
        setlocale(LC_ALL, "")
        if isUTF8() { return }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8() { return }
        throw .noUTF8Locale("no UTF-8 locale is available; set LANG=C.UTF-8 (or another UTF-8 locale)")
    }

    private static func isUTF8() -> Bool {
        guard let codeset = plenary_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    private func armEmergencyRestore() {
        var sequence: [UInt8] = []
        for capability in ["rmcup", "cnorm", "rmkx", "sgr0"] {
            if let value = tigetstr(capability), Int(bitPattern: value) != -1 {
                sequence += Array(String(cString: value).utf8)
            }
        }
        sequence += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\r\n".utf8)
        EmergencyRestore.arm(resetSequence: sequence)
    }

    /// Fills `chars` with the cell's cluster as ncurses wants it (one spacing character then
    /// up to four combining ones); returns the columns the C library will give it.
    private func cellCharacters(_ cell: Cell, into chars: inout [wchar_t]) -> Int {
        var count = 0
        var columns = 0
        let limit = chars.count - 1
        for scalar in cell.text.unicodeScalars {
            let ch = wchar_t(bitPattern: scalar.value)
            let w = Int(plenary_wcwidth(ch))
            if count == 0 {
                if w < 1 || w > cell.width { chars[0] = wchar_t(0xFFFD); columns = 1; count = 1; break }
                chars[0] = ch
                columns = w
                count = 1
            } else if w == 0 && count < limit {
                chars[count] = ch
                count += 1
            }
        }
        if count == 0 { chars[0] = 0x20; columns = 1; count = 1 }
        chars[count] = 0
        return columns
    }

    private func look(_ style: Style) -> (attr_t, Int16) {
        let appearance = theme.appearance(style)
        var attributes = plenary_a_normal()
        if appearance.bold { attributes |= plenary_a_bold() }
        if appearance.underline { attributes |= plenary_a_underline() }
        if appearance.reverse { attributes |= plenary_a_reverse() }
        if appearance.dim { attributes |= plenary_a_dim() }
        guard colors > 0, appearance.foreground != .terminalDefault || appearance.background != .terminalDefault else {
            return (attributes, 0)
        }
        let key = PairKey(foreground: appearance.foreground.number, background: appearance.background.number)
        if let pair = pairs[key] { return (attributes, pair) }
        let next = Int16(pairs.count + 1)
        guard Int(next) < Int(plenary_color_pairs()), key.foreground < colors, key.background < colors else { return (attributes, 0) }
        init_pair(next, Int16(key.foreground), Int16(key.background))
        pairs[key] = next
        return (attributes, next)
    }

    private func characterKey(_ ch: wint_t) -> KeyEvent? {
        switch ch {
        case 0x0D, 0x0A: return KeyEvent(.enter)
        case 0x09: return KeyEvent(.tab)
        case 0x7F, 0x08: return KeyEvent(.backspace)
        case 0x1B: return KeyEvent(.escape)
        case 0x00: return KeyEvent(.character(" "), .control)
        case 0x01...0x1A: return KeyEvent(.character(Character(Unicode.Scalar(UInt8(ch) + 0x60))), .control)
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return KeyEvent(.character(Character(scalar)))
        }
    }

    private func functionKey(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return KeyEvent(.up)
        case KEY_DOWN: return KeyEvent(.down)
        case KEY_LEFT: return KeyEvent(.left)
        case KEY_RIGHT: return KeyEvent(.right)
        case KEY_SLEFT: return KeyEvent(.left, .shift)
        case KEY_SRIGHT: return KeyEvent(.right, .shift)
        case KEY_HOME: return KeyEvent(.home)
        case KEY_END, KEY_LL: return KeyEvent(.end)
        case KEY_PPAGE: return KeyEvent(.pageUp)
        case KEY_NPAGE: return KeyEvent(.pageDown)
        case KEY_IC: return KeyEvent(.insert)
        case KEY_DC: return KeyEvent(.delete)
        case KEY_BACKSPACE: return KeyEvent(.backspace)
        case KEY_ENTER: return KeyEvent(.enter)
        case KEY_BTAB: return KeyEvent(.backTab)
        case KEY_RESIZE: return KeyEvent(.resize)
        case KEY_MOUSE: return mouseEvent()
        case plenary_key_f(1)...plenary_key_f(24): return KeyEvent(.function(Int(code - plenary_key_f(0))))
        default: return extendedKey(code)
        }
    }

    /// Keys terminfo names beyond the classic set: `kLFT3` is Alt-Left, `kRIT5` Ctrl-Right.
    private func extendedKey(_ code: Int32) -> KeyEvent? {
        guard let raw = keyname(code) else { return nil }
        let name = String(cString: raw)
        let bases: [(String, KeyEvent.Key)] = [
            ("kLFT", .left), ("kRIT", .right), ("kUP", .up), ("kDN", .down),
            ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown),
            ("kDC", .delete),
        ]
        for (prefix, key) in bases where name.hasPrefix(prefix) {
            guard let level = Int(name.dropFirst(prefix.count)) else { continue }
            // xterm's modifier code minus one is a bit set: 1 shift, 2 alt, 4 control.
            let bits = level - 1
            var modifiers: KeyEvent.Modifiers = []
            if bits & 1 != 0 { modifiers.insert(.shift) }
            if bits & 2 != 0 { modifiers.insert(.alt) }
            if bits & 4 != 0 { modifiers.insert(.control) }
            return KeyEvent(key, modifiers)
        }
        return nil
    }

    private func mouseEvent() -> KeyEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let at = Position(x: Int(event.x), y: Int(event.y))
        if event.bstate & plenary_button4_pressed() != 0 { return KeyEvent(.mouse(MouseEvent(.wheelUp, at: at))) }
        if event.bstate & plenary_button5_pressed() != 0 { return KeyEvent(.mouse(MouseEvent(.wheelDown, at: at))) }
        if event.bstate & (plenary_button1_clicked() | plenary_button1_pressed()) != 0 {
            return KeyEvent(.mouse(MouseEvent(.click, at: at)))
        }
        return nil
    }
}
