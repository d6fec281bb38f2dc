import PlenaryModel

/// A complete record using every field of the format, shaped like the seed meeting.
enum SampleMeeting {
    static func make() -> Meeting {
        let p3 = "Recalling resolutions 822 (1993) and 853 (1993), Minister Mammadyarov of Azerbaijan spoke. “Quotes” — Türkiye."
        return Meeting(
            id: "2017-09-19-oic-contact-group", title: "CONTACT GROUP MEETING", date: "2017-09-19",
            endDate: nil, datePrinted: "19 September 2017", organization: "OIC",
            body: "OIC Contact Group on the aggression of the Republic of Armenia against the Republic of Azerbaijan",
            level: "Ministerial", location: "New York", occasion: "on the sidelines of the Annual Coordination Meeting",
            symbol: nil,
            source: Source(
                file: "sources/2017/2017-09-19-oic-contact-group.txt", sha256: String(repeating: "ab", count: 32),
                format: "text", encoding: "utf-8", importedAt: "2026-11-27T06:00:00Z", extractor: "plenary 0.1.0"),
            attendance: [
                Attendance(country: "AZE", asWritten: "the Republic of Azerbaijan", paragraph: 1, start: 4, end: 30),
                Attendance(asWritten: "the Unknown Delegation", paragraph: 1, start: 0, end: 3),
            ],
            people: [
                Person(id: "mammadyarov", name: "Mammadyarov", honorifics: [], role: "Foreign Minister", of: "AZE"),
                Person(id: "representative-fra", name: nil, role: "Representative", of: "FRA"),
            ],
            paragraphs: [
                Paragraph(index: 1, number: "1", section: "1", text: "The meeting was attended by the Republic of Azerbaijan."),
                Paragraph(
                    index: 2, number: "2", section: "2", text: p3, speakers: ["mammadyarov"],
                    mentions: [Mention(kind: .country, ref: "AZE", start: 75, end: 85, rule: "gazetteer.country")],
                    citations: [
                        Citation(
                            symbol: "S/RES/822 (1993)", surface: "822 (1993)", start: 22, end: 32,
                            verb: "recalling", rule: "unsc.list", resolved: true),
                        Citation(
                            symbol: nil, surface: "the resolution", start: 0, end: 9, rule: "title",
                            resolved: false, title: "On Solidarity"),
                    ]),
                Paragraph(
                    index: 3, number: nil, section: "2", text: "He emphasized 日本 and 🇦🇿 e\u{301}.",
                    speakers: ["mammadyarov", "representative-fra"]),
            ],
            statements: [
                Statement(speaker: "mammadyarov", paragraphs: [2, 3], mode: .reported, attribution: "Minister Mammadyarov of Azerbaijan")
            ],
            events: [ReferencedEvent(date: "1992", label: "Khojaly Massacre", paragraph: 2)]
        )
    }
}
