import PlenaryModel
@testable import PlenaryBrowser
@testable import PlenaryBrowserCore
import PlenarySearch
import TerminalUI

/// The fixtures with what the linked screens need: statements, a named event, an earlier
/// meeting of the same body citing the same resolution, and a catalogue entry for 822.
enum LinkedFixtures {
    static let contactGroup: Meeting = {
        var m = Fixtures.contactGroup
        m.statements = [
            Statement(speaker: "yousef-a-al-othaimeen", paragraphs: [2], mode: .reported),
            Statement(speaker: "mammadyarov", paragraphs: [3, 4], mode: .reported),
        ]
        m.events = [ReferencedEvent(date: "1992-02-26", label: "Khojaly Massacre", paragraph: 4)]
        return m
    }()

    static let earlier: Meeting = {
        let text = "Minister Mammadyarov recalled resolution 822 (1993) of the Security Council and the occupied territories of Azerbaijan."
        let r = Fixtures.span(text, "822 (1993)")
        return Meeting(
            id: "2015-09-28-oic-contact-group", title: "Contact Group meeting on the sidelines of the General Assembly",
            date: "2015-09-28", organization: "OIC", body: contactGroup.body, location: "New York",
            people: [Person(id: "mammadyarov", name: "Mammadyarov", role: "Foreign Minister", of: "AZE")],
            paragraphs: [
                Paragraph(
                    index: 1, number: "1", text: text, speakers: ["mammadyarov"],
                    citations: [
                        Citation(
                            symbol: "S/RES/822 (1993)", surface: "822 (1993)", start: r.lowerBound, end: r.upperBound,
                            verb: "recalled", rule: "test", resolved: true)
                    ])
            ],
            statements: [Statement(speaker: "mammadyarov", paragraphs: [1], mode: .reported)]
        )
    }()

    static let catalog = Catalog(resolutions: [
        CatalogResolution(
            number: 822, year: 1993, date: "1993-04-30", meetingRecord: "S/PV.3205", pressRelease: nil,
            topic: "Armenia–Azerbaijan: Kelbadjar", vote: CatalogVote(text: "15-0-0"))
    ])

    static var meetings: [Meeting] { [contactGroup, earlier, Fixtures.multilingual] + Fixtures.others }

    static var linked: LinkedData { LinkedData.memory(meetings, catalog: catalog) }

    /// A state showing the contact group meeting with these meetings in the catalog.
    static func meetingState(size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = AppState(size: size, sourceName: "test-store")
        let reducer = Reducer()
        _ = reducer.reduce(&state, .catalogLoaded(InMemoryMeetingSource(meetings: meetings).catalog()))
        let effects = reducer.openMeeting(id: contactGroup.id, paragraph: nil, highlights: [], date: contactGroup.date, &state)
        guard case .loadMeeting(_, let request)? = effects.first else { fatalError("no load") }
        _ = reducer.reduce(&state, .meetingLoaded(request: request, .success(contactGroup)))
        return state
    }

    /// Runs the effects as the runtime would, with `linked` and the in-memory meetings.
    static func run(_ effects: [Effect], _ state: inout AppState, linked: LinkedData = LinkedFixtures.linked) {
        let reducer = Reducer()
        for effect in effects {
            switch effect {
            case .loadPage(let target, let request):
                let result: Result<EntityPage, LoadFailure>
                do throws(LoadFailure) { result = .success(try linked.page(target)) } catch { result = .failure(error) }
                run(reducer.reduce(&state, .pageLoaded(request: request, result)), &state, linked: linked)
            case .loadMeeting(let id, let request):
                let found = meetings.first { $0.id == id }
                run(
                    reducer.reduce(
                        &state, .meetingLoaded(request: request, found.map { .success($0) } ?? .failure(LoadFailure(message: "none")))),
                    &state, linked: linked)
            default:
                break
            }
        }
    }

    /// Opens a linked screen from the meeting state.
    static func state(_ target: LinkTarget, size: Size) -> AppState {
        var state = meetingState(size: size)
        let effects = Reducer().follow(target, &state)
        run(effects, &state)
        return state
    }

    /// Results shaped like the index's for "ceasefire": the two paragraphs that say it.
    static let searchOutcome: SearchOutcome = {
        func result(_ index: Int, _ number: String?, _ speakers: [String]) -> SearchResult {
            let text = contactGroup.paragraphs.first { $0.index == index }!.text
            let r = Fixtures.span(text, "ceasefire")
            return SearchResult(
                meeting: contactGroup.id, date: contactGroup.date, paragraph: index, number: number, speakers: speakers,
                snippet: text, highlights: [[r.lowerBound, r.upperBound]])
        }
        return SearchOutcome(
            results: [result(5, "4", []), result(4, nil, ["Mammadyarov"])],
            titles: [contactGroup.id: contactGroup.title])
    }()
}
