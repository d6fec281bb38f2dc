import PlenaryModel
@testable import PlenaryBrowser
import TerminalUI

/// Meetings built in code for screen and reducer tests: an English record shaped like the
/// seed press release, one in several scripts with emoji, combining marks and a paragraph
/// full of escape sequences and control characters, and a few more for the year groups.
enum Fixtures {
    static func span(_ text: String, _ part: String) -> Range<Int> {
        guard let r = text.range(of: part) else { fatalError("fixture: \(part) not in text") }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        return start..<(start + part.unicodeScalars.count)
    }

    static func citation(_ text: String, _ surface: String, _ symbol: String) -> Citation {
        let r = span(text, surface)
        return Citation(
            symbol: symbol, surface: surface, start: r.lowerBound, end: r.upperBound, verb: "recalling", rule: "test", resolved: true)
    }

    static let contactGroup: Meeting = {
        let p1 =
            "The OIC Contact Group on the aggression of the Republic of Armenia against the Republic of Azerbaijan met on 19 September 2017 at the Ministerial level. The meeting was attended by the delegations of the Republic of Djibouti, the Kingdom of Morocco and Malaysia."
        let p2 =
            "The meeting was opened by H.E. Dr. Yousef A. Al-Othaimeen, the OIC Secretary General, who reconfirmed the principled position of the OIC."
        let p3 =
            "Foreign Minister Mammadyarov of Azerbaijan thanked the Members of the Group. Recalling the four resolutions of the UN Security Council, namely 822 (1993), 853 (1993), 874 (1993), 884 (1993), Minister Mammadyarov stressed that these resolutions are yet to be implemented."
        let p3b =
            "He emphasized that despite the establishment of a ceasefire, attacks on the towns and villages in Azerbaijan have become more frequent."
        let p4 = "The meeting condemned in the strongest terms continued violation of ceasefire by the Republic of Armenia."
        let attendance = [("the Republic of Djibouti", "DJI"), ("the Kingdom of Morocco", "MAR"), ("Malaysia", "MYS")].map { name, code in
            let r = span(p1, name)
            return Attendance(country: code, asWritten: name, paragraph: 1, start: r.lowerBound, end: r.upperBound)
        }
        let azeMention = span(p3, "Azerbaijan")
        return Meeting(
            id: "2017-09-19-oic-contact-group-armenia-azerbaijan",
            title: "CONTACT GROUP MEETING ON THE AGGRESSION OF THE REPUBLIC OF ARMENIA AGAINST THE REPUBLIC OF AZERBAIJAN",
            date: "2017-09-19", organization: "OIC",
            body: "OIC Contact Group on the aggression of the Republic of Armenia against the Republic of Azerbaijan",
            level: "Ministerial", location: "New York", occasion: "on the sidelines of the Annual Coordination Meeting",
            attendance: attendance,
            people: [
                Person(
                    id: "yousef-a-al-othaimeen", name: "Yousef A. Al-Othaimeen", honorifics: ["H.E.", "Dr."], role: "Secretary General",
                    of: "OIC"),
                Person(id: "mammadyarov", name: "Mammadyarov", role: "Foreign Minister", of: "AZE"),
            ],
            paragraphs: [
                Paragraph(index: 1, number: "1", section: "1", text: p1),
                Paragraph(index: 2, number: "2", section: "2", text: p2, speakers: ["yousef-a-al-othaimeen"]),
                Paragraph(
                    index: 3, number: "3", section: "3", text: p3, speakers: ["mammadyarov"],
                    mentions: [Mention(kind: .country, ref: "AZE", start: azeMention.lowerBound, end: azeMention.upperBound, rule: "test")],
                    citations: [
                        citation(p3, "822 (1993)", "S/RES/822 (1993)"), citation(p3, "853 (1993)", "S/RES/853 (1993)"),
                        citation(p3, "874 (1993)", "S/RES/874 (1993)"), citation(p3, "884 (1993)", "S/RES/884 (1993)"),
                    ]),
                Paragraph(index: 4, number: nil, section: "3", text: p3b, speakers: ["mammadyarov"]),
                Paragraph(index: 5, number: "4", section: "4", text: p4),
            ]
        )
    }()

    /// Scripts, emoji, combining marks, and hostile bytes in the text.
    static let multilingual: Meeting = {
        let hostile =
            "Text with \u{1B}[2J\u{1B}[31mescape sequences\u{1B}[0m, a title change \u{1B}]0;pwned\u{07}, a C1 CSI \u{9B}1m, NUL \u{0} and backspace \u{8}, a bidi override \u{202E}reversed\u{202C} and a tab\there."
        return Meeting(
            id: "2020-01-10-unsc-multilingual",
            title: "安全理事会 第8701次会议 — Côte d’Ivoire 🌍 and Ṩ test",
            date: "2020-01-10", organization: "UN", body: "Security Council 安全理事会", level: nil, location: "Nueva York",
            people: [Person(id: "zhang-jun", name: "张军", role: "Permanent Representative", of: "CHN")],
            paragraphs: [
                Paragraph(
                    index: 1, number: "1", text: "张军先生（中国）发言：安全理事会必须团结一致。🤝 We welcome the delegation of Co\u{302}te d\u{2019}Ivoire.",
                    speakers: ["zhang-jun"]),
                Paragraph(index: 2, number: "2", text: hostile),
                Paragraph(index: 3, number: "3", text: "Emoji 🌍🌏 with combining Ṩ and n\u{303}; 한국어 텍스트; ＦＵＬＬＷＩＤＴＨ."),
            ]
        )
    }()

    static let others: [Meeting] = [
        Meeting(
            id: "2016-05-01-au-peace-council", title: "Peace and Security Council communiqué on Darfur", date: "2016-05-01",
            organization: "AU",
            paragraphs: [Paragraph(index: 1, number: "1", text: "The Council met.")]),
        Meeting(
            id: "2016-03-15-gcc-ministerial", title: "GCC Ministerial Council, 138th session", date: "2016-03-15", organization: "GCC",
            paragraphs: [Paragraph(index: 1, number: "1", text: "The Council met.")]),
        Meeting(
            id: "2015-11-20-osce-permanent-council", title: "OSCE Permanent Council: Minsk Group report", date: "2015-11-20",
            organization: "OSCE",
            paragraphs: [Paragraph(index: 1, number: "1", text: "The Council heard the co-chairs.")]),
    ]

    static var all: [Meeting] { [contactGroup, multilingual] + others }

    static var catalog: MeetingCatalog { InMemoryMeetingSource(meetings: all).catalog() }

    /// A state with the catalog loaded, at `size`.
    static func loadedState(_ size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = AppState(size: size, sourceName: "test-store")
        _ = Reducer().reduce(&state, .catalogLoaded(catalog))
        return state
    }

    /// A state showing `meeting`, loaded, at `size`.
    static func meetingState(_ meeting: Meeting, size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = loadedState(size)
        let reducer = Reducer()
        _ = reducer.reduce(&state, .action(.goto(1)))
        guard case .meetings(let list) = state.screen else { fatalError() }
        let row = list.rows.firstIndex { row in
            if case .meeting(let index, _) = row { return catalog.summaries[index].id == meeting.id }
            return false
        }!
        var screen = list
        screen.viewport.selection = row
        state.screen = .meetings(screen)
        let effects = reducer.reduce(&state, .action(.open))
        guard case .loadMeeting(_, let request)? = effects.first else { fatalError("open did not load") }
        _ = reducer.reduce(&state, .meetingLoaded(request: request, .success(meeting)))
        return state
    }
}
