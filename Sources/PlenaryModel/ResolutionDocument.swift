/// The text of a resolution as adopted (`plenary.resolution/1`), kept with the catalogue in
/// `<store>/catalog/texts/<file name of the symbol>.json`: its preamble paragraphs (unnumbered,
/// "Recalling …") and its numbered operative paragraphs ("1. Decides …"), each with its lettered
/// and roman sub-items. Not a meeting: a meeting adopts or cites it.
public struct ResolutionDocument: Codable, Equatable, Sendable {
    public static let formatName = "plenary.resolution/1"

    /// One paragraph of the preamble or the operative part.
    public struct Paragraph: Codable, Equatable, Sendable {
        /// The printed number of an operative paragraph (`"3"`); null in the preamble.
        public var number: String?
        public var text: String
        public var items: [Item]

        public init(number: String?, text: String, items: [Item] = []) {
            self.number = number
            self.text = text
            self.items = items
        }
    }

    /// A sub-item of a paragraph: `(a)`, `(b)`…, and `(i)`, `(ii)`… inside a lettered one.
    public struct Item: Codable, Equatable, Sendable {
        /// The printed label without parentheses: `"a"`, `"ii"`.
        public var label: String
        public var text: String
        public var items: [Item]

        public init(label: String, text: String, items: [Item] = []) {
            self.label = label
            self.text = text
            self.items = items
        }
    }

    /// Where the text came from.
    public struct Origin: Codable, Equatable, Sendable {
        /// The imported file's name, as given.
        public var file: String
        /// SHA-256 of the imported bytes; importing the same bytes again changes nothing.
        public var sha256: String
        public var importedAt: String
        public var extractor: String

        public init(file: String, sha256: String, importedAt: String, extractor: String) {
            self.file = file
            self.sha256 = sha256
            self.importedAt = importedAt
            self.extractor = extractor
        }
    }

    public var format: String
    /// Canonical symbol (`A/RES/80/10`, `S/RES/2719 (2023)`).
    public var symbol: String
    public var title: String
    /// The organ whose text it is, as the text names it ("General Assembly").
    public var adoptedBy: String?
    /// Adoption day (`YYYY-MM-DD`) when the text prints one.
    public var date: String?
    /// The date as printed ("26 November 2025").
    public var datePrinted: String?
    /// The adopting meeting as printed ("51st plenary meeting").
    public var meeting: String?
    public var preamble: [Paragraph]
    public var operative: [Paragraph]
    /// An annexed text (a declaration the resolution adopts), as read: its heading and title
    /// unnumbered, then its own numbered paragraphs. Empty when there is none.
    public var annex: [Paragraph]
    public var source: Origin

    public init(
        symbol: String, title: String, adoptedBy: String? = nil, date: String? = nil, datePrinted: String? = nil,
        meeting: String? = nil, preamble: [Paragraph], operative: [Paragraph], annex: [Paragraph] = [], source: Origin
    ) {
        self.format = Self.formatName
        self.symbol = symbol
        self.title = title
        self.adoptedBy = adoptedBy
        self.date = date
        self.datePrinted = datePrinted
        self.meeting = meeting
        self.preamble = preamble
        self.operative = operative
        self.annex = annex
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case format, symbol, title, adoptedBy, date, datePrinted, meeting, preamble, operative, annex, source
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        symbol = try c.decode(String.self, forKey: .symbol)
        title = try c.decode(String.self, forKey: .title)
        adoptedBy = try c.decodeIfPresent(String.self, forKey: .adoptedBy)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        datePrinted = try c.decodeIfPresent(String.self, forKey: .datePrinted)
        meeting = try c.decodeIfPresent(String.self, forKey: .meeting)
        preamble = try c.decodeIfPresent([Paragraph].self, forKey: .preamble) ?? []
        operative = try c.decodeIfPresent([Paragraph].self, forKey: .operative) ?? []
        annex = try c.decodeIfPresent([Paragraph].self, forKey: .annex) ?? []
        source = try c.decode(Origin.self, forKey: .source)
    }

    public func encode(to encoder: Encoder) throws {
        // Optional fields as null, like meeting records: every file has the same shape.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(title, forKey: .title)
        try c.encode(adoptedBy, forKey: .adoptedBy)
        try c.encode(date, forKey: .date)
        try c.encode(datePrinted, forKey: .datePrinted)
        try c.encode(meeting, forKey: .meeting)
        try c.encode(preamble, forKey: .preamble)
        try c.encode(operative, forKey: .operative)
        try c.encode(annex, forKey: .annex)
        try c.encode(source, forKey: .source)
    }

    /// The file name a symbol is kept under, without extension: letters and digits kept, every
    /// other run of characters one `-` (`A/RES/80/10` → `A-RES-80-10`, `S/RES/2719 (2023)` →
    /// `S-RES-2719-2023`). Never empty, never a path.
    public static func fileName(for symbol: String) -> String {
        var out = ""
        var pendingDash = false
        for ch in symbol.unicodeScalars {
            if ch.isASCII, ch.properties.isAlphabetic || ("0"..."9").contains(ch) {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(ch)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "resolution" : String(out.prefix(120))
    }
}
