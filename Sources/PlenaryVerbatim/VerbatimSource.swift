import Foundation
import PlenaryExtract

/// The files of one verbatim record: a folder of speeches (`…_spchNNN.txt`, taken in sequence
/// order) or one file holding the whole record.
public struct VerbatimSource: Equatable, Sendable {
    /// The record symbol the file names give, e.g. `S/PV.8706 (Resumption 1)`.
    public var symbol: String?
    /// Paths in reading order.
    public var files: [String]

    public init(symbol: String?, files: [String]) {
        self.symbol = symbol
        self.files = files
    }

    /// What the user names for messages: the folder of a speech group, else the file.
    public var displayPath: String {
        guard files.count > 1, let first = files.first else { return files.first ?? "" }
        return (first as NSString).deletingLastPathComponent
    }

    /// Groups speech files by record (name token and folder), each in sequence order; the
    /// other paths are returned untouched. Pure: works on names only.
    public static func group(_ paths: [String]) -> (records: [VerbatimSource], rest: [String]) {
        var groups: [String: (symbol: String, files: [(Int, String)])] = [:]
        var order: [String] = []
        var rest: [String] = []
        for path in paths {
            let name = (path as NSString).lastPathComponent
            guard let parsed = SpeechFileName.parse(name) else { rest.append(path); continue }
            let key = (path as NSString).deletingLastPathComponent + "\u{1F}" + parsed.token
            if groups[key] == nil { order.append(key); groups[key] = (parsed.symbol, []) }
            groups[key]!.files.append((parsed.sequence, path))
        }
        let records = order.map { key -> VerbatimSource in
            let g = groups[key]!
            return VerbatimSource(symbol: g.symbol, files: g.files.sorted { $0.0 < $1.0 }.map(\.1))
        }
        return (records, rest)
    }

    /// Reads and decodes the files: their texts in order, and the bytes kept as the source
    /// (the files joined by a line break, so the kept document reads as one record).
    public func read() throws -> (texts: [String], bytes: Data, encoding: String) {
        var texts: [String] = []
        var bytes = Data()
        var encodings = Set<String>()
        for (i, path) in files.enumerated() {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw VerbatimSourceError(path: path, reason: "cannot read the file")
            }
            do {
                let decoded = try DocumentDecoder.decode(data)
                texts.append(decoded.text)
                encodings.insert(decoded.encoding)
            } catch {
                throw VerbatimSourceError(path: path, reason: error.description)
            }
            if i > 0, bytes.last != 0x0A { bytes.append(0x0A) }
            bytes.append(data)
        }
        let encoding = encodings.count == 1 ? encodings.first! : encodings.sorted().joined(separator: "+")
        return (texts, bytes, encoding)
    }
}

/// A file of a verbatim record that could not be read.
public struct VerbatimSourceError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
