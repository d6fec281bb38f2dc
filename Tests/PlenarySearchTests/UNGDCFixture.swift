import Foundation
import PlenaryModel
import PlenaryTestSupport

/// Meetings built from the UN General Debate speeches in ../shared/corpora/ungdc (read at
/// test time, never copied): one meeting per speech, paragraphs split on line breaks, the
/// speaker and country from speakers_by_session.tsv, and Security Council resolutions cited
/// as "resolution N (YYYY)" marked as citations.
enum UNGDCFixture {
    static var corpus: URL { SharedFolder.url.appendingPathComponent("corpora/ungdc") }

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("speeches_txt").path) }

    struct Speaker { var iso3: String; var country: String; var name: String; var post: String }

    static func speakers() throws -> [String: Speaker] {
        let text = try String(contentsOf: corpus.appendingPathComponent("speakers_by_session.tsv"), encoding: .utf8)
        var out: [String: Speaker] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 6 else { continue }
            out[f[0]] = Speaker(iso3: f[3], country: f[4], name: f[5], post: f.count > 6 ? f[6] : "")
        }
        return out
    }

    /// Speeches of `session` (70…77), at most `limit`, in file-name order.
    static func meetings(session: Int, limit: Int) throws -> [Meeting] {
        let year = 1945 + session
        let folder = corpus.appendingPathComponent("speeches_txt/Session_\(session)_\(year)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let speakers = try speakers()
        var meetings: [Meeting] = []
        for (i, name) in names.prefix(limit).enumerated() {
            let key = String(name.dropLast(4))
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let speaker = speakers[key] ?? Speaker(iso3: String(key.prefix(3)), country: String(key.prefix(3)), name: "", post: "")
            meetings.append(meeting(key: key, text: text, year: year, day: 19 + i % 10, speaker: speaker))
        }
        return meetings
    }

    static func meeting(key: String, text: String, year: Int, day: Int, speaker: Speaker) -> Meeting {
        let date = ISODate.format(year: year, month: 9, day: day)
        let personID = MeetingID.slug(speaker.name).isEmpty ? "delegate-\(speaker.iso3.lowercased())" : MeetingID.slug(speaker.name)
        let blocks = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let paragraphs = blocks.enumerated().map { i, block in
            Paragraph(index: i + 1, number: nil, text: block, speakers: [personID], citations: citations(in: block))
        }
        return Meeting(
            id: MeetingID.make(date: date, name: "UNGA general debate \(speaker.iso3)"),
            title: "General debate: \(speaker.country)", date: date, organization: "UN",
            body: "General Assembly general debate", location: "New York",
            attendance: [Attendance(country: speaker.iso3, asWritten: speaker.country, paragraph: 1, start: 0, end: 0)],
            people: [Person(id: personID, name: speaker.name.isEmpty ? nil : speaker.name, role: speaker.post, of: speaker.iso3)],
            paragraphs: paragraphs,
            statements: [Statement(speaker: personID, paragraphs: Array(1...max(1, paragraphs.count)), mode: .direct)]
        )
    }

    /// "resolution 2334 (2016)" → S/RES/2334 (2016), with scalar offsets.
    static func citations(in text: String) -> [Citation] {
        let scalars = Array(text.unicodeScalars)
        let needle = Array("resolution ".unicodeScalars)
        var out: [Citation] = []
        var i = 0
        func digits(_ from: Int) -> Int {
            var j = from
            while j < scalars.count, scalars[j].properties.numericType == .decimal, scalars[j].isASCII { j += 1 }
            return j
        }
        while i + needle.count < scalars.count {
            guard Array(scalars[i..<i + needle.count]) == needle else { i += 1; continue }
            let numberStart = i + needle.count
            let numberEnd = digits(numberStart)
            if numberEnd > numberStart, numberEnd + 7 <= scalars.count, scalars[numberEnd] == " ", scalars[numberEnd + 1] == "(" {
                let yearEnd = digits(numberEnd + 2)
                if yearEnd == numberEnd + 6, yearEnd < scalars.count, scalars[yearEnd] == ")", scalars[numberStart] != "0" {
                    let number = String(String.UnicodeScalarView(scalars[numberStart..<numberEnd]))
                    let year = String(String.UnicodeScalarView(scalars[(numberEnd + 2)..<yearEnd]))
                    out.append(
                        Citation(
                            symbol: "S/RES/\(number) (\(year))",
                            surface: String(String.UnicodeScalarView(scalars[numberStart...yearEnd])),
                            start: numberStart, end: yearEnd + 1, rule: "test.resolution", resolved: true))
                    i = yearEnd
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// Lowercased, diacritics removed: what "case- and diacritic-insensitive" means in the tests.
    static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
}
