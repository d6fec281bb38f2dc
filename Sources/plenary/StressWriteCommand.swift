import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryStore

/// Hidden: writes one generated meeting again and again through the store, so tests and
/// `scripts/bench` can kill a writer mid-write or race two writers from separate processes.
struct StressWriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_stress-write",
        abstract: "Write generated meetings repeatedly (for crash and concurrency tests).",
        shouldDisplay: false
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Id prefix of the meetings written.")
    var id = "stress"

    @Option(help: "Paragraphs per meeting (size of each write).")
    var paragraphs = 100

    @Option(help: "How many times to write.")
    var repeatCount = 1

    @Option(help: "How many distinct meetings to cycle through.")
    var meetings = 1

    @Option(help: "Text put in every paragraph, to tell versions apart.")
    var tag = "version"

    func run() throws {
        let store = try storeOptions.open()
        let text = String(repeating: "The meeting condemned the attacks and called for a ceasefire \(tag). ", count: 8)
        let body = (1...max(1, paragraphs)).map { Paragraph(index: $0, number: String($0), section: String($0), text: text) }
        for round in 0..<repeatCount {
            let n = round % max(1, meetings)
            let id = meetings > 1 ? "\(self.id)-\(n)" : self.id
            let meeting = Meeting(id: id, title: "Stress \(tag) \(round)", date: "2020-01-01", paragraphs: body)
            do { try store.save(meeting) } catch { throw CommandFailure.failed(error.description) }
            if round == 0 { Console.write("writing\n") }
        }
    }
}
