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
        var out = ""
        for problem in report.problems { out += Console.safe(problem.description) + "\n" }
        if report.problems.isEmpty {
            out += "\(report.meetings) meetings checked in \(store.root.path): no problems.\n"
            Console.write(out)
        } else {
            out += "\(report.meetings) meetings checked: \(report.problems.count) problems.\n"
            Console.write(out)
            throw ExitCode(1)
        }
    }
}
