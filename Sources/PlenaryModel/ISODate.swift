/// Checks for the ISO 8601 calendar dates used in records (`YYYY-MM-DD`, and the reduced
/// precisions `YYYY-MM` and `YYYY` where a record allows them).
public enum ISODate {
    /// `true` for a real calendar day written `YYYY-MM-DD`.
    public static func isValidDay(_ text: String) -> Bool {
        guard let (y, m, d) = parseDay(text) else { return false }
        return d <= daysInMonth(year: y, month: m)
    }

    /// `true` for `YYYY`, `YYYY-MM` or a valid `YYYY-MM-DD`.
    public static func isValidPartial(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return parts[0].count == 4 && Int(parts[0]) != nil
        case 2:
            guard parts[0].count == 4, parts[1].count == 2, Int(parts[0]) != nil, let m = Int(parts[1]) else { return false }
            return (1...12).contains(m)
        case 3: return isValidDay(text)
        default: return false
        }
    }

    /// Year, month and day of a `YYYY-MM-DD` string with a month in range and day ≥ 1.
    public static func parseDay(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return nil }
        return (y, m, d)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Formats a day as `YYYY-MM-DD`.
    public static func format(year: Int, month: Int, day: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
