import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryRegistry
import PlenarySearch
import PlenaryStore

/// `plenary speakers`: people across meetings, one line each, most statements first.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List the people who speak across meetings: statements, meetings, first and last date."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(
        help: ArgumentHelp("Only people whose name, id or affiliation matches; a country by name or code (russia, RUS).", valueName: "name")
    )
    var query: String?

    @Flag(help: "Print a JSON array of people.")
    var json = false

    @Option(help: ArgumentHelp("Show how a person was merged: each appearance with the reason, and who was kept apart.", valueName: "id"))
    var aliases: String?

    func run() throws {
        let store = try storeOptions.open()
        let index = try CurrentIndex.open(store)
        if let aliases { return try SpeakerAliases.run(aliases, index: index, json: json) }
        let people = try query.map { try matching($0, index: index) } ?? index.people()
        if json {
            Console.write(String(decoding: try RecordCoding.encode(people), as: UTF8.self))
            return
        }
        guard !people.isEmpty else {
            Console.write(query == nil ? "No speakers: the store has no statements.\n" : "No speaker matches.\n")
            return
        }
        let idWidth = min(40, people.map(\.id.count).max() ?? 2)
        var out = "STATEMENTS MEETINGS FIRST      LAST       " + "ID".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  NAME\n"
        for p in people {
            let roles = p.name == nil ? "" : p.roles.map(\.role).joined(separator: ", ")
            out +=
                String(format: "%10d %8d ", p.statements, p.meetings) + "\(p.firstDate) \(p.lastDate) "
                + p.id.padding(toLength: max(idWidth, p.id.count), withPad: " ", startingAt: 0) + "  "
                + Console.safe(p.displayName(countryName: GazetteerCountries.name) + (roles.isEmpty ? "" : " · " + roles)) + "\n"
        }
        Console.write(out)
    }

    /// People whose name or id matches, and the delegates of a country typed by name or alias
    /// ("russia", "Viet Nam"), in the index's order (most statements first).
    private func matching(_ query: String, index: SearchIndex) throws -> [RegistryPerson] {
        let named = Set(try index.people(matching: query).map(\.id))
        let codes = Set(GazetteerCountries().countryCodes(for: query))
        return try index.people().filter { named.contains($0.id) || codes.contains($0.of ?? "") }
    }
}
