import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one meeting as readable text, or its record with --json."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The meeting id (see plenary list).")
    var id: String

    @Flag(help: "Print the record exactly in the record format.")
    var json = false

    func run() throws {
        let store = try storeOptions.open()
        let meeting: Meeting
        do {
            meeting = try store.meeting(id: id)
        } catch {
            throw CommandFailure.failed(error.description)
        }
        if json {
            Console.write(String(decoding: try RecordCoding.encode(meeting), as: UTF8.self))
        } else {
            Console.write(MeetingText.render(meeting))
        }
    }
}
