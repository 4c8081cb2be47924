import BilatFuzzTargets
import Foundation

// Built with -sanitize=fuzzer and -DFUZZING (Tests/Fuzz/run), libFuzzer calls this for each input; the target
// comes from BILAT_FUZZ_TARGET. A broken invariant stops the run, so libFuzzer saves the input as a crash.
#if FUZZING
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["BILAT_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("BILAT_FUZZ_TARGET=\(name): expected one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    runOne(data, size)
}

private func runOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let broken = target.run(bytes)
    if !broken.isEmpty {
        FileHandle.standardError.write(Data(("broken invariant:\n" + broken.joined(separator: "\n") + "\n").utf8))
        abort()
    }
    return 0
}

/// libFuzzer's own driver, started from the program's entry point. SwiftPM links an executable with its
/// entry point renamed to `bilat_fuzz_main`, so libFuzzer's `main` is never used: this is where it starts.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("bilat_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    _ = target
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in runOne(data, size) }
}
#else
/// `bilat-fuzz TARGET FILE…`: runs each file through the target and prints what it broke.
@main
enum Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            print("usage: bilat-fuzz TARGET FILE…   (TARGET: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))")
            exit(2)
        }
        var failed = false
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { print("\(path): cannot read"); failed = true; continue }
            let broken = target.run([UInt8](data))
            print("\(path): \(broken.isEmpty ? "ok" : broken.joined(separator: "; "))")
            failed = failed || !broken.isEmpty
        }
        exit(failed ? 1 : 0)
    }
}
#endif
