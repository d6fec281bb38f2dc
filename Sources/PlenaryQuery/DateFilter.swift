import Foundation
import PlenaryModel

/// `date:` values: `2017`, `2017-09`, `2017-09-19`, and ranges `A..B`, `..B`, `A..` of those.
/// Partial dates stand for their whole span: `date:2016-01..2017-06` runs from 2016-01-01
/// to the last day of June 2017.
enum DateFilter {
    static func parse(_ text: String) -> DateRange? {
        if let dots = text.range(of: "..") {
            let from = String(text[..<dots.lowerBound])
            let to = String(text[dots.upperBound...])
            if from.isEmpty && to.isEmpty { return nil }
            let start: String?
            let end: String?
            if from.isEmpty {
                start = nil
            } else {
                guard let day = firstDay(from) else { return nil }
                start = day
            }
            if to.isEmpty {
                end = nil
            } else {
                guard let day = lastDay(to) else { return nil }
                end = day
            }
            if let start, let end, start > end { return nil }
            return DateRange(from: start, to: end)
        }
        guard let start = firstDay(text), let end = lastDay(text) else { return nil }
        return DateRange(from: start, to: end)
    }

    static func firstDay(_ partial: String) -> String? {
        guard ISODate.isValidPartial(partial) else { return nil }
        switch partial.count {
        case 4: return partial + "-01-01"
        case 7: return partial + "-01"
        default: return partial
        }
    }

    static func lastDay(_ partial: String) -> String? {
        guard ISODate.isValidPartial(partial) else { return nil }
        switch partial.count {
        case 4: return partial + "-12-31"
        case 7:
            let year = Int(partial.prefix(4))!
            let month = Int(partial.suffix(2))!
            return ISODate.format(year: year, month: month, day: ISODate.daysInMonth(year: year, month: month))
        default: return partial
        }
    }
}
