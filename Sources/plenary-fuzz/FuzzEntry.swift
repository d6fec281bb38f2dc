import Foundation

#if FUZZING
/// libFuzzer's entry point (libFuzzer supplies `main`); the target comes from PLENARY_FUZZ_TARGET.
let fuzzTarget = ProcessInfo.processInfo.environment["PLENARY_FUZZ_TARGET"] ?? "document"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzTargets.run(fuzzTarget, data)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable with `main` aliased to `<module>_main`: hand over to
/// libFuzzer's driver from there.
@_cdecl("plenary_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, size in fuzzOneInput(start, size) }
}
#else
/// Without the fuzzer: replays inputs, `plenary-fuzz <target> FILE…`, so a finding re-runs
/// (and a regression test can be written from it) with the normal build.
@main
struct FuzzReplay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let target = arguments.first, FuzzTargets.names.contains(target) else {
            FileHandle.standardError.write(Data("usage: plenary-fuzz \(FuzzTargets.names.joined(separator: "|")) FILE…\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("plenary-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            FuzzTargets.run(target, data)
        }
        print("replayed \(arguments.count - 1) inputs through \(target)")
    }
}
#endif
