import PlenaryModel

/// A meeting as plain text for `plenary show`: header, attendance, people, then every
/// paragraph with its printed number, speakers and citations.
enum MeetingText {
    static func render(_ m: Meeting) -> String {
        var lines: [String] = [Console.safe(m.title), String(repeating: "=", count: min(78, max(3, m.title.count)))]
        let date = m.endDate.map { "\(m.date) to \($0)" } ?? m.date
        let header: [(String, String?)] = [
            ("Date", date), ("Organisation", m.organization), ("Body", m.body), ("Level", m.level),
            ("Location", m.location), ("Occasion", m.occasion), ("Symbol", m.symbol), ("Id", m.id),
        ]
        for case let (label, value?) in header { lines.append("\(label): \(Console.safe(value))") }
        if !m.attendance.isEmpty {
            let items = m.attendance.map { item in
                // "Djibouti (DJI)"; an organisation, or a state the gazetteer lacks, as written.
                if let code = item.country, let name = GazetteerCountries.name(code) { return "\(name) (\(code))" }
                let code = item.country ?? item.organization ?? "?"
                return "\(code) (\(Console.safe(item.asWritten)))"
            }
            lines.append("Attendance: " + items.joined(separator: ", "))
        }
        if !m.people.isEmpty {
            lines.append("")
            lines.append("People:")
            for p in m.people {
                // "Mr. Nebenzia — Russian Federation (RUS)"; "President — Viet Nam (VNM)" when unnamed.
                var line =
                    "  "
                    + ([p.honorifics.joined(separator: " ")].filter { !$0.isEmpty } + [p.displayName(countryName: GazetteerCountries.name)])
                    .joined(separator: " ")
                let post =
                    p.name == nil
                    ? ""
                    : [p.role, p.of.map { CountryLabel.label($0, countryName: GazetteerCountries.name) }]
                        .compactMap { $0 }.joined(separator: ", ")
                if !post.isEmpty { line += " — " + post }
                lines.append(Console.safe(line))
            }
        }
        for p in m.paragraphs {
            lines.append("")
            var head = "[\(p.index)]"
            if let number = p.number { head += " \(number)." }
            if !p.speakers.isEmpty {
                head +=
                    " (" + p.speakers.map { m.person($0)?.displayName(countryName: GazetteerCountries.name) ?? $0 }.joined(separator: ", ")
                    + ")"
            }
            lines.append(Console.safe(head))
            lines.append(Console.safe(p.text))
            let cited = p.citations.map { $0.symbol ?? "“\($0.title ?? $0.surface)” (unresolved)" }
            if !cited.isEmpty { lines.append("  Cites: " + Console.safe(cited.joined(separator: "; "))) }
        }
        if !m.events.isEmpty {
            lines.append("")
            lines.append("Referenced events:")
            for e in m.events { lines.append("  \(e.date)  \(Console.safe(e.label)) [¶\(e.paragraph)]") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
