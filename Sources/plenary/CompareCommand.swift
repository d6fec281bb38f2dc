import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryStore

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "How the language moved from one meeting to a later one: paragraphs changed, added and dropped.",
        discussion: """
            With one meeting id, compares it with the body's previous meeting in the store (same body, \
            earlier date). Paragraphs are paired by the words they share (at least half), wherever they \
            moved; a changed pair is shown as a word diff, [-removed-]{+added+} (in colour on a terminal).
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Show unchanged paragraphs too.")
    var all = false

    @Flag(help: "Print the comparison as JSON.")
    var json = false

    @Argument(help: ArgumentHelp("The earlier meeting's id (optional), then the later one's.", valueName: "id"))
    var ids: [String]

    func validate() throws {
        if ids.isEmpty || ids.count > 2 { throw ValidationError("give one meeting id, or two: the earlier then the later") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let newer = try store.meeting(id: ids.last!)
        let older: Meeting
        if ids.count == 2 {
            older = try store.meeting(id: ids[0])
        } else {
            guard let previous = try CurrentIndex.open(store).previousMeeting(of: newer) else {
                let series = Console.safe(MeetingComparison.series(of: newer))
                throw CommandFailure.failed(
                    "no earlier meeting of \(series) in the store; name the meeting to compare with: plenary compare OLD \(newer.id)")
            }
            older = try store.meeting(id: previous)
        }
        let comparison = MeetingComparison.compare(older, newer)
        if json {
            Console.write(String(decoding: try RecordCoding.encode(comparison), as: UTF8.self))
        } else {
            Console.writeStyled(ComparisonText.render(comparison, older: older, newer: newer, all: all, colour: Console.stdoutIsTerminal))
        }
    }
}
