import Foundation
import PlenaryExtract
import PlenaryModel
import PlenaryTestSupport
import XCTest

/// The "must show" on the seed, and whole-document behaviour on small documents written here.
final class ExtractorTests: XCTestCase {
    func testSeedMustShow() throws {
        let url = try SharedFolder.require("seeds/000_e75200cd4ef5a06a.txt")
        let result = try Extractor().extract(Data(contentsOf: url))
        XCTAssertEqual(result.meetings.count, 1)
        let m = try XCTUnwrap(result.meetings.first)
        XCTAssertEqual(MeetingValidator.validate(m), [])
        XCTAssertEqual(m.date, "2017-09-19")
        XCTAssertEqual(m.title, "CONTACT GROUP MEETING ON THE AGGRESSION OF THE REPUBLIC OF ARMENIA AGAINST THE REPUBLIC OF AZERBAIJAN")
        XCTAssertEqual(m.organization, "OIC")
        XCTAssertEqual(m.level, "Ministerial")
        XCTAssertEqual(m.location, "New York")
        XCTAssertEqual(m.occasion, "on the sidelines of the Annual Coordination Meeting")
        XCTAssertEqual(Set(m.attendance.compactMap(\.country)), ["DJI", "GMB", "MAR", "SAU", "TUR", "PAK", "MYS", "AZE"])
        XCTAssertEqual(m.paragraphs.count, 9)
        XCTAssertEqual(m.paragraphs.map(\.number), ["1", "2", "3", nil, nil, "4", "5", "6", "7"])
        XCTAssertEqual(m.paragraphs.map(\.section), ["1", "2", "3", "3", "3", "4", "5", "6", "7"])

        let othaimeen = try XCTUnwrap(m.people.first { $0.name == "Yousef A. Al-Othaimeen" })
        XCTAssertEqual(othaimeen.honorifics, ["H.E.", "Dr."])
        XCTAssertEqual(othaimeen.role, "Secretary General")
        XCTAssertEqual(othaimeen.of, "OIC")
        let minister = try XCTUnwrap(m.people.first { $0.name == "Mammadyarov" })
        XCTAssertEqual(minister.role, "Foreign Minister")
        XCTAssertEqual(minister.of, "AZE")
        XCTAssertEqual(m.people.count, 2)
        XCTAssertEqual(m.paragraphs.filter { $0.speakers.contains(othaimeen.id) }.map(\.index), [2])
        XCTAssertEqual(m.paragraphs.filter { $0.speakers.contains(minister.id) }.map(\.index), [3, 4, 5])
        XCTAssertEqual(m.statements.first { $0.speaker == minister.id }?.paragraphs, [3, 4, 5])

        let resolved = m.citations.filter(\.resolved).compactMap(\.symbol)
        XCTAssertEqual(resolved, ["S/RES/822 (1993)", "S/RES/853 (1993)", "S/RES/874 (1993)", "S/RES/884 (1993)"])
        XCTAssertTrue(m.paragraphs[2].citations.count >= 4)
        let khojaly = try XCTUnwrap(m.citations.first { $0.symbol == nil })
        XCTAssertFalse(khojaly.resolved)
        XCTAssertEqual(khojaly.title, "On Solidarity with the Victims of the Khojaly Massacre of 1992")
        XCTAssertTrue(m.events.contains { $0.date == "1992" && $0.label == "Khojaly Massacre" })
        XCTAssertTrue(m.events.contains { $0.date == "2016" })

        let all = m.paragraphs.map(\.text).joined(separator: "\n")
        XCTAssertFalse(all.contains("printer"), "footer kept")
        XCTAssertFalse(all.contains("Sitemap"), "navigation kept")
        XCTAssertFalse(all.contains("**NEWS**"))
        XCTAssertEqual(result.encoding, "utf-8")
        XCTAssertEqual(result.format, .text)
    }

    func testHTMLChromeListsAndEntities() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Ignored &ndash; Site</title><style>p{}</style><script>var x = "<p>no</p>";</script></head>
            <body><nav><a href="/">Home</a> | <a href="/n">News</a></nav><main>
            <h1>Council of Ministers Meets in C&ocirc;te d&rsquo;Ivoire</h1>
            <p class="dateline">Abidjan, 5 May 2021</p>
            <ol start="1"><li>The ECOWAS Council of Ministers met in Abidjan on 5 May 2021 at the Ministerial level. It was attended by the delegations of Ghana, Senegal &amp; Togo.</li>
            <li><p>H.E. Dr. Amina Example, Minister of Foreign Affairs of Ghana, opened the session.</p><p>She stressed the importance of resolution 2391 (2017).</p></li></ol>
            <h2>Next steps</h2><p>The Council will meet again in 2022.</p>
            </main><footer><p>&copy; 2021 Example</p></footer></body></html>
            """
        let result = try Extractor().extract(Data(html.utf8))
        XCTAssertEqual(result.format, .html)
        let m = try XCTUnwrap(result.meetings.first)
        XCTAssertEqual(m.title, "Council of Ministers Meets in Côte d’Ivoire")
        XCTAssertEqual(m.date, "2021-05-05")
        XCTAssertEqual(m.location, "Abidjan")
        XCTAssertEqual(m.paragraphs.map(\.number), ["1", "2", nil, nil])
        XCTAssertEqual(m.paragraphs.map(\.section), ["1", "2", "2", "2"])
        XCTAssertEqual(Set(m.attendance.compactMap(\.country)), ["GHA", "SEN", "TGO"])
        let amina = try XCTUnwrap(m.people.first)
        XCTAssertEqual(amina.name, "Amina Example")
        XCTAssertEqual(m.paragraphs.filter { $0.speakers.contains(amina.id) }.map(\.index), [2, 3])
        XCTAssertFalse(m.paragraphs.contains { $0.text.contains("Home") || $0.text.contains("©") || $0.text.contains("no</p>") })
    }

    func testTwoMeetingsOnOnePageRestartBlockIndexes() throws {
        let text = """
            HomeNewsContact

            CONTACT GROUP ON SOMALIA MEETS IN NEW YORK - 2019-09-26

            1. The OIC Contact Group on Somalia met on 26 September 2019 in New York.

            2. The Group agreed to meet again.

            CONTACT GROUP ON SIERRA LEONE MEETS IN NEW YORK - 2019-09-27

            1. The OIC Contact Group on Sierra Leone met on 27 September 2019 in New York.

            Print this page
            """
        let meetings = try Extractor().extract(text: text, format: .text)
        XCTAssertEqual(meetings.map(\.date), ["2019-09-26", "2019-09-27"])
        XCTAssertEqual(meetings.map(\.paragraphs.count), [2, 1])
        XCTAssertEqual(meetings[1].paragraphs.first?.index, 1)
        XCTAssertNotEqual(meetings[0].id, meetings[1].id)
    }

    func testAHeadlineWrappedOverTwoLinesIsOneTitle() throws {
        let text = """
            ORGANISATION OF ISLAMIC COOPERATION
            NEWS

            CONTACT GROUP MEETING ON THE AGGRESSION OF THE REPUBLIC OF ARMENIA
            AGAINST THE REPUBLIC OF AZERBAIJAN - 2017-09-19

            1. The OIC Contact Group on the aggression of the Republic of Armenia against the Republic of Azerbaijan met on 19 September 2017 in New York.

            2. The meeting was opened by the OIC Secretary General.
            """
        let m = try XCTUnwrap(try Extractor().extract(text: text, format: .text).first)
        XCTAssertEqual(m.title, "CONTACT GROUP MEETING ON THE AGGRESSION OF THE REPUBLIC OF ARMENIA AGAINST THE REPUBLIC OF AZERBAIJAN")
        XCTAssertEqual(m.date, "2017-09-19")
        XCTAssertEqual(m.paragraphs.map(\.number), ["1", "2"])
    }

    func testNoMeetingIsRefusedUnlessForced() throws {
        let text = "Some words about the weather.\n\nIt rained all day long in the valley and nobody met anyone at all.\n"
        XCTAssertThrowsError(try Extractor().extract(Data(text.utf8))) {
            guard case .noMeeting = $0 as? ExtractError else { return XCTFail("\($0)") }
        }
        let forced = try Extractor().extract(
            Data(text.utf8), options: ExtractOptions(force: true, fallbackDate: "2020-01-02", fallbackTitle: "weather"))
        XCTAssertEqual(forced.meetings.first?.date, "2020-01-02")
        XCTAssertEqual(forced.meetings.first.map { MeetingValidator.validate($0) }, [])
    }

    func testPeopleOnlyMentionedAreNotSpeakers() throws {
        let text = """
            GCC COUNCIL MEETS - 2021-06-07

            The GCC Ministerial Council met in Riyadh on 7 June 2021. The session was chaired on behalf of the Custodian of the Two Holy Mosques, King Salman bin Abdulaziz Al Saud, by H.H. Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of the Kingdom of Saudi Arabia.

            The Council recalled the late Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah. H.E. Dr. Jane Roe, Minister of Foreign Affairs of Oman, who could not attend, was represented by Ambassador John Doe, Permanent Representative of Oman.

            Ambassador Doe quoted the words “as President Joe Example said, peace comes first” and left.
            """
        let m = try XCTUnwrap(try Extractor().extract(text: text, format: .text).first)
        XCTAssertEqual(Set(m.people.compactMap(\.name)), ["Faisal bin Farhan Al Saud", "John Doe"])
        XCTAssertEqual(m.paragraphs.filter { $0.speakers.contains(m.people.first { $0.name == "John Doe" }!.id) }.map(\.index), [2, 3])
    }

    func testUnitedNationsCoverageStyle() throws {
        let text = """
            SECURITY COUNCIL
            9001ST MEETING (PM)
            SC/99999
            14 March 2022

            Council Extends Mission Mandate

            The Security Council today extended the mandate of the mission, adopting resolution 2626 (2022).

            Speaking for the Nordic countries and Saint Lucia, the representative of Norway said the text was balanced. She recalled the presidential statement S/PRST/2021/3.

            VASSILY NEBENZIA (Russian Federation) said his delegation had abstained. China's delegate agreed.

            Speaking for Kenya, Ambassador Martin Kimani said Africa needed a voice.

            Statements were also delivered by Mexico and Ireland.

            For information media. Not an official record.
            """
        let m = try XCTUnwrap(try Extractor().extract(text: text, format: .text).first)
        XCTAssertEqual(m.date, "2022-03-14")
        XCTAssertEqual(m.organization, "UN")
        XCTAssertNil(m.location)
        XCTAssertNil(m.level)
        XCTAssertEqual(m.paragraphs.count, 5)
        XCTAssertEqual(Set(m.attendance.compactMap(\.country)), ["NOR", "LCA", "RUS", "CHN", "KEN", "MEX", "IRL"])
        func blocks(_ key: (Person) -> Bool) -> [Int] {
            guard let p = m.people.first(where: key) else { return [] }
            return m.paragraphs.filter { $0.speakers.contains(p.id) }.map(\.index)
        }
        XCTAssertEqual(blocks { $0.name == nil && $0.of == "NOR" }, [2])
        XCTAssertEqual(blocks { $0.name == "Vassily Nebenzia" && $0.of == "RUS" }, [3])
        XCTAssertEqual(blocks { $0.name == nil && $0.of == "CHN" }, [3])
        XCTAssertEqual(blocks { $0.name == "Martin Kimani" && $0.of == "KEN" }, [4])
        XCTAssertEqual(blocks { $0.name == nil && $0.of == "MEX" }, [5])
        XCTAssertFalse(m.people.contains { $0.of == "LCA" }, "a state spoken for is not a speaker")
        XCTAssertEqual(m.citations.compactMap(\.symbol), ["S/RES/2626 (2022)", "S/PRST/2021/3"])
    }
}
