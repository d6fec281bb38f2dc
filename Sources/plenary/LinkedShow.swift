import PlenaryModel
import PlenaryRegistry
import PlenaryStore

/// `plenary show` for what lies across meetings: a person's statements, a resolution's citations.
enum LinkedShow {
    static func run(_ target: ShowTarget, store: Store, json: Bool) throws {
        let (registry, problems) = RegistryCache.load(store)
        for problem in problems { Console.error("\(problem) (run plenary check)") }
        switch target {
        case .meeting:
            return
        case .person(let id):
            let person = try PersonText.find(id, in: registry)
            let report = PersonText.report(person, store: store, registry: registry)
            Console.write(json ? String(decoding: try RecordCoding.encode(report), as: UTF8.self) : PersonText.render(report))
        case .resolution(let query):
            let (catalog, catalogProblems) = store.loadCatalog()
            for problem in catalogProblems { Console.error(problem.description) }
            let report = ResolutionText.report(query, store: store, registry: registry, catalog: catalog)
            if report.resolution == nil, report.text == nil, report.citations.isEmpty {
                let where_ = catalog.resolutions.isEmpty ? "no catalogue imported (plenary catalog import resolutions.tsv)" : "not in the catalogue"
                throw CommandFailure.failed("\(report.query): \(where_), and no paragraph in the store cites it")
            }
            Console.write(json ? String(decoding: try RecordCoding.encode(report), as: UTF8.self)
                               : ResolutionText.render(report, catalogLoaded: !catalog.resolutions.isEmpty))
        case .symbol(let symbol):
            let report = try ResolutionText.report(symbol: symbol, store: store, registry: registry)
            if report.text == nil, report.citations.isEmpty {
                throw CommandFailure.failed("\(symbol): the store keeps no text of it (import it with plenary import FILE), and no paragraph cites it")
            }
            Console.write(json ? String(decoding: try RecordCoding.encode(report), as: UTF8.self)
                               : ResolutionText.render(report, catalogLoaded: true))
        }
    }
}
