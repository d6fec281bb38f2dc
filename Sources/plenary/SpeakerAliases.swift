import PlenaryModel
import PlenaryRegistry
import PlenarySearch

/// `plenary speakers --aliases ID`: how the upkeep merged a person — each appearance in a
/// meeting with the name as written and the reason it joined, then the people of the same
/// affiliation and surname it kept apart (each with the reasons of its first appearance).
enum SpeakerAliases {
    struct Report: Encodable {
        var person: RegistryPerson
        var appearances: [PersonAppearance]
        var keptApart: [KeptApart]
    }

    struct KeptApart: Encodable {
        var person: RegistryPerson
        var reason: String
    }

    static func run(_ id: String, index: SearchIndex, json: Bool) throws {
        let person = try PersonText.find(id, in: index)
        let others = try index.keptApart(from: person.id).map { other in
            KeptApart(person: other, reason: try index.appearances(of: other.id).first?.reason ?? "")
        }
        let report = Report(person: person, appearances: try index.appearances(of: person.id), keptApart: others)
        if json {
            Console.write(String(decoding: try RecordCoding.encode(report), as: UTF8.self))
            return
        }
        var lines = [
            Console.safe("\(person.displayName(countryName: GazetteerCountries.name)) — \(person.id)"), "",
            "DATE       MEETING / AS WRITTEN / WHY",
        ]
        for a in report.appearances {
            let written =
                ([a.honorifics.joined(separator: " "), a.name ?? "(unnamed)"].filter { !$0.isEmpty }.joined(separator: " "))
                + (a.role.map { ", \($0)" } ?? "")
                + (a.of.map { ", " + CountryLabel.label($0, countryName: GazetteerCountries.name) } ?? "")
            lines.append(Console.safe("\(a.date) \(a.meetingID) [\(a.local)]"))
            lines.append(Console.safe("           \(written): \(a.reason)"))
        }
        if !others.isEmpty {
            lines.append("")
            lines.append("Kept apart (same affiliation and surname):")
            for k in others {
                lines.append(Console.safe("  \(k.person.id)  \(k.person.displayName(countryName: GazetteerCountries.name)): \(k.reason)"))
            }
        }
        Console.write(lines.joined(separator: "\n") + "\n")
    }
}
