/// The name of one file of a record split into speeches, as in the UN Security Council
/// Debates corpus: `UNSC_2020_SPV.8706Resumption1_spch012.txt` → record `S/PV.8706
/// (Resumption 1)`, sequence 12.
public struct SpeechFileName: Equatable, Sendable {
    /// The record token of the name: `8706Resumption1`.
    public var token: String
    /// `S/PV.8706 (Resumption 1)`.
    public var symbol: String
    public var sequence: Int

    public static func parse(_ fileName: String) -> SpeechFileName? {
        let lower = fileName.lowercased()
        guard let spv = lower.range(of: "spv."), let spch = lower.range(of: "_spch", options: .backwards),
            spv.upperBound <= spch.lowerBound
        else { return nil }
        let token = String(fileName[spv.upperBound..<spch.lowerBound])
        let digits = fileName[spch.upperBound...].prefix { $0.isASCII && $0.isNumber }
        guard let sequence = Int(digits), let symbol = symbol(forToken: token) else { return nil }
        return SpeechFileName(token: token, symbol: symbol, sequence: sequence)
    }

    /// `8701` → `S/PV.8701`; `8706Resumption1` → `S/PV.8706 (Resumption 1)`.
    public static func symbol(forToken token: String) -> String? {
        let number = token.prefix { $0.isASCII && $0.isNumber }
        guard !number.isEmpty else { return nil }
        let rest = token.dropFirst(number.count)
        if rest.isEmpty { return "S/PV.\(number)" }
        for part in ["Resumption", "Part"] where rest.hasPrefix(part) {
            let n = rest.dropFirst(part.count)
            guard !n.isEmpty, n.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase) }) else { return nil }
            return "S/PV.\(number) (\(part) \(n))"
        }
        return nil
    }
}
