import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Show a meeting, a person (person:<id>), a country (country:AZE) or a resolution or statement (S/RES/822, res:822, A/RES/70/262, S/PRST/2020/1) as text, or JSON with --json."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "A meeting id (see plenary list), person:<id> (see plenary speakers), country:<ISO3>, or S/RES/<n> / res:<n>.")
    var id: String

    @Flag(help: "Print the record exactly in the record format.")
    var json = false

    @Option(
        help: ArgumentHelp(
            "Print paragraph N (its printed number, else its position) with the line that cites it, as the browser's y copies it.",
            valueName: "N"))
    var cite: String?

    @Flag(help: "With --cite: as Markdown, as the browser's Y copies it.")
    var markdown = false

    func validate() throws {
        if cite != nil && json { throw ValidationError("--cite and --json exclude each other") }
        if markdown && cite == nil { throw ValidationError("--markdown goes with --cite") }
    }

    func run() throws {
        let target = try ShowTarget.parse(id)
        let store = try storeOptions.open()
        if target != .meeting(id) { return try LinkedShow.run(target, store: store, json: json) }
        let meeting: Meeting
        do {
            meeting = try store.meeting(id: id)
        } catch {
            throw CommandFailure.failed(error.description)
        }
        if let cite {
            guard
                let paragraph = meeting.paragraphs.first(where: { $0.number == cite })
                    ?? Int(cite).flatMap({ n in meeting.paragraphs.first { $0.index == n } })
            else {
                throw CommandFailure.usage("\(id) has no paragraph \(cite) (plenary show \(id) lists them)")
            }
            let citation = PassageCitation(meeting: meeting, paragraphs: [paragraph.index], countryName: GazetteerCountries.name)
            Console.write(
                Console.stdoutIsTerminal
                    ? Console.safe(citation.quote([paragraph.text], markdown: markdown), keepingNewlines: true)
                    : citation.quote([paragraph.text], markdown: markdown))
        } else if json {
            Console.write(String(decoding: try RecordCoding.encode(meeting), as: UTF8.self))
        } else {
            Console.write(MeetingText.render(meeting) + CatalogNotes.render(meeting, catalog: store.loadCatalog().catalog))
        }
    }
}
