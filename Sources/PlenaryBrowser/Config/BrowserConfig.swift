import Foundation
import TerminalUI
import TOMLKit

/// `$XDG_CONFIG_HOME/plenary/config.toml`: rebind or unbind any action by name and choose a
/// theme. A bad line is reported with its number and skipped; everything else, and the
/// defaults for whatever it did not change, still works.
///
///     theme = "monochrome"          # or "default"
///     measure = 100                 # columns of meeting text on a wide terminal
///     align = "centre"              # or "left"
///     [keys]
///     quit = ["Q", "C-q"]           # replaces the action's default keys
///     timeline = "T"
///     pager = []                    # unbound: still reachable as :pager
public struct BrowserConfig: Sendable {
    public var actions: ActionTable
    /// The theme asked for, if any (already checked to exist).
    public var theme: Theme?
    /// How wide meeting text is set (`measure`, `align`).
    public var measure: ReadingMeasure
    /// One line each: "config.toml line 3: unknown action “qiut”".
    public var problems: [String]

    public init(actions: ActionTable = .standard, theme: Theme? = nil, measure: ReadingMeasure = ReadingMeasure(), problems: [String] = [])
    {
        self.actions = actions
        self.theme = theme
        self.measure = measure
        self.problems = problems
    }

    /// Where the file is looked for.
    public static func location(environment: [String: String]) -> URL? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("plenary/config.toml")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/plenary/config.toml")
    }

    /// Reads the file when there is one; defaults otherwise.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> BrowserConfig {
        guard let url = location(environment: environment), FileManager.default.fileExists(atPath: url.path) else { return BrowserConfig() }
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            return BrowserConfig(problems: ["\(url.lastPathComponent): cannot be read as UTF-8 text; using the defaults"])
        }
        return parse(text, name: url.lastPathComponent)
    }

    /// The line and value of the first control character other than tab and line breaks.
    static func firstControlCharacter(_ text: String) -> (Int, Unicode.Scalar)? {
        var line = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; continue }
            if scalar == "\t" || scalar == "\r" { continue }
            if scalar.value < 0x20 || scalar.value == 0x7F { return (line, scalar) }
        }
        return nil
    }

    /// The configuration in `text` applied to the standard table.
    public static func parse(_ text: String, name: String = "config.toml", base: ActionTable = .standard) -> BrowserConfig {
        var config = BrowserConfig(actions: base)
        // TOML allows no control character but tab outside comments, and the parser asserts
        // on some (a NUL in a key aborted the program): such a file is refused before parsing.
        if let (line, scalar) = firstControlCharacter(text) {
            config.problems.append(
                "\(name) line \(line): control character U+\(String(format: "%04X", scalar.value)) is not allowed; using the defaults")
            return config
        }
        if let line = TOMLKeyCheck.firstBadLine(text) {
            config.problems.append("\(name) line \(line): not a `key = value` line or a [table] header; using the defaults")
            return config
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            config.problems.append("\(name) line \(error.source.begin.line): \(error.description); using the defaults")
            return config
        } catch {
            config.problems.append("\(name): \(error); using the defaults")
            return config
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        /// The 1-based line where `key` is set (the first `key =` at the start of a line).
        func line(of key: String) -> Int {
            let bare = key.trimmingCharacters(in: .whitespaces)
            for (i, l) in lines.enumerated() {
                let t = l.trimmingCharacters(in: .whitespaces)
                if t.hasPrefix(bare + " ") || t.hasPrefix(bare + "=") || t.hasPrefix("\"\(bare)\"") { return i + 1 }
            }
            return 0
        }
        func problem(_ key: String, _ message: String) {
            let n = line(of: key)
            config.problems.append("\(name)\(n > 0 ? " line \(n)" : ""): \(message)")
        }

        for key in table.keys {
            switch key {
            case "theme":
                guard let value = table[key]?.string else { problem(key, "theme must be a string such as \"monochrome\""); continue }
                if let theme = Theme.named(value) {
                    config.theme = theme
                } else {
                    problem(key, "unknown theme “\(value)” (default, monochrome)")
                }
            case "measure":
                guard let value = table[key]?.int, value >= 40 else {
                    problem(key, "measure must be a number of columns, at least 40"); continue
                }
                config.measure.width = value
            case "align":
                switch table[key]?.string {
                case "centre"?, "center"?: config.measure.centred = true
                case "left"?: config.measure.centred = false
                default: problem(key, "align must be \"centre\" or \"left\"")
                }
            case "keys":
                guard let keys = table[key]?.table else { problem(key, "keys must be a table: [keys]"); continue }
                for name in keys.keys {
                    guard let index = config.actions.specs.firstIndex(where: { $0.name == name }) else {
                        problem(name, "unknown action “\(name)” (docs/keys.md lists them)")
                        continue
                    }
                    var notations: [String] = []
                    if let one = keys[name]?.string {
                        notations = [one]
                    } else if let many = keys[name]?.array {
                        let strings = many.map { $0.string }
                        guard strings.allSatisfy({ $0 != nil }) else { problem(name, "keys of \(name) must be strings"); continue }
                        notations = strings.compactMap { $0 }
                    } else {
                        problem(name, "keys of \(name) must be a string or a list of strings")
                        continue
                    }
                    let parsed = notations.map { KeyEvent(notation: $0) }
                    if let bad = zip(notations, parsed).first(where: { $0.1 == nil })?.0 {
                        problem(name, "“\(bad)” is not a key (write e.g. \"x\", \"C-x\", \"M-Left\", \"F5\")")
                        continue
                    }
                    config.actions.specs[index].keys = parsed.compactMap { $0 }
                }
            default:
                problem(key, "unknown setting “\(key)” (theme, measure, align, [keys])")
            }
        }
        return config
    }
}
