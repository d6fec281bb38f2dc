import Foundation

/// Turns a JSON decoding failure into a one-line reason; for syntax errors with the
/// line and column, which JSONDecoder does not report but JSONSerialization's byte offset allows.
enum JSONErrorLocation {
    static func reason(for error: Error, in data: Data) -> String {
        if case DecodingError.dataCorrupted = error {
            return syntaxReason(in: data)
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing field \(path(context.codingPath + [key]))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    /// Locates a syntax error: line:column from JSONSerialization's "around character N".
    static func syntaxReason(in data: Data) -> String {
        if data.isEmpty { return "invalid JSON: the file is empty" }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return "invalid JSON"
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            guard let offset = characterOffset(in: text) else { return "invalid JSON: \(text)" }
            let (line, column) = lineAndColumn(of: offset, in: data)
            let detail = text.components(separatedBy: " around").first ?? text
            return "invalid JSON at line \(line), column \(column): \(detail)"
        }
    }

    static func characterOffset(in message: String) -> Int? {
        guard let range = message.range(of: "character ") else { return nil }
        let digits = message[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }

    /// 1-based line and column (in characters of the line) of a byte offset.
    static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        let bytes = [UInt8](data.prefix(max(0, min(offset, data.count))))
        var line = 1
        var lineStart = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: bytes[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }

    static func path(_ keys: [CodingKey]) -> String {
        var result = ""
        for key in keys {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return result.isEmpty ? "(top level)" : result
    }
}
