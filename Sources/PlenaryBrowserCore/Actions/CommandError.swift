/// Why a `:` command could not run.
public enum CommandError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unknown(String)
    case notHere(String)
    case badArgument(String, String)
    case unexpectedArgument(String)

    public var description: String {
        switch self {
        case .empty: return "no command given"
        case .unknown(let name): return "unknown command \"\(name)\"; :help lists them"
        case .notHere(let name): return ":\(name) does nothing on this screen"
        case .badArgument(let name, let argument): return ":\(name) needs \(argument)" + (argument == "N" ? ", e.g. :\(name) 12" : "")
        case .unexpectedArgument(let name): return ":\(name) takes no argument"
        }
    }
}
