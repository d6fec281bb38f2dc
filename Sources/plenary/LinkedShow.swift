import PlenaryModel
import PlenaryRegistry
import PlenarySearch
import PlenaryStore

/// `plenary show` for what lies across meetings: a person's statements, a resolution's citations.
enum LinkedShow {
    static func run(_ target: ShowTarget, store: Store, json: Bool) throws {
        let index = try CurrentIndex.open(store)
        switch target {
        case .meeting:
            return
        case .person(let id):
            let person = try PersonText.find(id, in: index)
            let report = try PersonText.report(person, index: index)
            Console.write(json ? String(decoding: try RecordCoding.encode(report), as: UTF8.self) : PersonText.render(report))
        case .country(let code):
            let report = try CountryText.report(code, index: index)
            if report.people.isEmpty && report.attended.isEmpty {
                throw CommandFailure.failed("country:\(code): no representative and no attended meeting in the store")
            }
            Console.write(json ? String(decoding: try RecordCoding.encode(report), as: UTF8.self) : CountryText.render(report))
        case .resolution(let query):
            let (catalog, catalogProblems) = store.loadCatalog()
            for problem in catalogProblems { Console.error(problem.description) }
            let report = try ResolutionText.report(query, store: store, index: index, catalog: catalog)
            if report.resolution == nil, report.text == nil, report.citations.isEmpty {
                let where_ =
                    catalog.resolutions.isEmpty ? "no catalogue imported (plenary catalog import resolutions.tsv)" : "not in the catalogue"
                throw CommandFailure.failed("\(report.query): \(where_), and no paragraph in the store cites it")
            }
            Console.write(
                json
                    ? String(decoding: try RecordCoding.encode(report), as: UTF8.self)
                    : ResolutionText.render(report, catalogLoaded: !catalog.resolutions.isEmpty))
        case .symbol(let symbol):
            let report = try ResolutionText.report(symbol: symbol, store: store, index: index)
            if report.text == nil, report.citations.isEmpty {
                throw CommandFailure.failed(
                    "\(symbol): the store keeps no text of it (import it with plenary import FILE), and no paragraph cites it")
            }
            Console.write(
                json
                    ? String(decoding: try RecordCoding.encode(report), as: UTF8.self)
                    : ResolutionText.render(report, catalogLoaded: true))
        }
    }
}
