import Foundation

/// A small store written by hand as JSON, so the end-to-end tests exercise the binary
/// without any other part of the project: one meeting shaped like the seed press release
/// (paragraph 3 by Mammadyarov citing four resolutions, "ceasefire" twice) and two others.
enum TestStore {
    static func write(to root: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("meetings/2017"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("meetings/2016"), withIntermediateDirectories: true)
        try Data(#"{"format": "plenary.store/1", "created": null}"#.utf8).write(to: root.appendingPathComponent("plenary-store.json"))
        for meeting in [
            contactGroup(), other("2016-05-01-au-peace-council", "2016-05-01", "AU", "Peace and Security Council communiqué on Darfur"),
            other("2016-03-15-gcc-ministerial", "2016-03-15", "GCC", "GCC Ministerial Council, 138th session"),
        ] {
            let id = meeting["id"] as! String
            let year = (meeting["date"] as! String).prefix(4)
            let data = try JSONSerialization.data(withJSONObject: meeting, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: root.appendingPathComponent("meetings/\(year)/\(id).json"))
        }
    }

    static func offsets(_ text: String, _ part: String) -> (Int, Int) {
        let r = text.range(of: part)!
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        return (start, start + part.unicodeScalars.count)
    }

    static func paragraph(_ index: Int, _ number: String?, _ text: String, speakers: [String] = [], citations: [String] = []) -> [String:
        Any]
    {
        [
            "index": index, "number": number as Any, "section": number as Any, "text": text, "speakers": speakers, "mentions": [],
            "citations": citations.map { surface -> [String: Any] in
                let (start, end) = offsets(text, surface)
                return [
                    "symbol": "S/RES/\(surface)", "surface": surface, "start": start, "end": end, "verb": "recalling",
                    "rule": "e2e", "resolved": true, "title": NSNull(),
                ]
            },
        ]
    }

    static func contactGroup() -> [String: Any] {
        let p3 =
            "Foreign Minister Mammadyarov of Azerbaijan thanked the Members of the Group for their continued support. Recalling the four resolutions of the UN Security Council, namely 822 (1993), 853 (1993), 874 (1993), 884 (1993), which reaffirmed respect for the sovereignty and territorial integrity of Azerbaijan, Minister Mammadyarov stressed that these resolutions are yet to be implemented and remain valid and binding."
        let filler =
            "The members of the Contact Group reiterated the importance of the Group in finding new ways and means to help a peaceful resolution of the conflict, and called for the implementation of the decisions adopted at earlier meetings."
        var paragraphs: [[String: Any]] = [
            paragraph(
                1, "1",
                "The Contact Group on the aggression of the Republic of Armenia against the Republic of Azerbaijan met on 19 September 2017 at the Ministerial level in New York. "
                    + filler),
            paragraph(
                2, "2",
                "The meeting was opened by the Secretary General, who reconfirmed the principled position of the organisation. " + filler
                    + " " + filler,
                speakers: ["secretary-general"]),
            paragraph(3, "3", p3, speakers: ["mammadyarov"], citations: ["822 (1993)", "853 (1993)", "874 (1993)", "884 (1993)"]),
            paragraph(
                4, nil,
                "He emphasized that despite the establishment of a ceasefire, attacks on towns and villages along the front line have become more frequent.",
                speakers: ["mammadyarov"]),
            paragraph(5, "4", "The meeting condemned continued violation of ceasefire. " + filler),
        ]
        for n in 5...8 { paragraphs.append(paragraph(paragraphs.count + 1, "\(n)", filler + " " + filler)) }
        return [
            "format": "plenary.meeting/1", "id": "2017-09-19-oic-contact-group-armenia-azerbaijan",
            "title": "CONTACT GROUP MEETING ON THE AGGRESSION OF THE REPUBLIC OF ARMENIA AGAINST THE REPUBLIC OF AZERBAIJAN",
            "date": "2017-09-19", "endDate": NSNull(), "datePrinted": "2017-09-19", "organization": "OIC",
            "body": "OIC Contact Group on the aggression of the Republic of Armenia against the Republic of Azerbaijan",
            "level": "Ministerial", "location": "New York", "occasion": NSNull(), "symbol": NSNull(), "source": NSNull(),
            "attendance": [],
            "people": [
                [
                    "id": "secretary-general", "name": "Yousef A. Al-Othaimeen", "honorifics": ["H.E.", "Dr."], "role": "Secretary General",
                    "of": "OIC",
                ],
                ["id": "mammadyarov", "name": "Mammadyarov", "honorifics": [], "role": "Foreign Minister", "of": "AZE"],
            ],
            "paragraphs": paragraphs, "statements": [], "events": [],
        ]
    }

    static func other(_ id: String, _ date: String, _ org: String, _ title: String) -> [String: Any] {
        [
            "format": "plenary.meeting/1", "id": id, "title": title, "date": date, "organization": org,
            "attendance": [], "people": [], "statements": [], "events": [],
            "paragraphs": [paragraph(1, "1", "The Council met and heard a briefing.")],
        ]
    }
}
