import ArgumentParser
import Foundation
import PlenaryModel
import PlenaryStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every meeting of the store; one line per problem, exit 1 if any."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open()
        let report = StoreCheck.run(store)
        let texts = store.checkResolutionTexts()
        let problems = report.problems + texts.problems
        let checked =
            Plural.count(report.meetings, "meeting") + (texts.checked > 0 ? " and \(Plural.count(texts.checked, "resolution text"))" : "")
        var out = ""
        for problem in problems { out += Console.safe(problem.description) + "\n" }
        if problems.isEmpty {
            out += "\(checked) checked in \(store.root.path): no problems.\n"
            Console.write(out)
        } else {
            out += "\(checked) checked: \(Plural.count(problems.count, "problem")).\n"
            Console.write(out)
            throw ExitCode(1)
        }
    }
}
