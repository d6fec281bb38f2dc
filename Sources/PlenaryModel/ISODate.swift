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
            (1...12).contains(m), d >= 1
        else { return nil }
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

extension ISODate {
    /// Days since 1970-01-01 (proleptic Gregorian), for day arithmetic without Foundation calendars.
    public static func dayNumber(_ text: String) -> Int? {
        guard let (y0, m, d) = parseDay(text) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `number` days after 1970-01-01.
    public static func day(number z0: Int) -> String {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return format(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// `text` moved by `days` (negative for earlier days); `nil` when `text` is not a day.
    public static func adding(days: Int, to text: String) -> String? {
        dayNumber(text).map { day(number: $0 + days) }
    }

    /// 0 = Monday … 6 = Sunday.
    public static func weekday(_ text: String) -> Int? {
        dayNumber(text).map { (($0 % 7) + 7 + 3) % 7 }
    }
}
