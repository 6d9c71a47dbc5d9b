#if FUZZING
/// libFuzzer's entry point: built with `-sanitize=fuzzer` (see Scripts/fuzz.sh).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzInput.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
#else
import Foundation

/// Without the fuzzer: replays the files named on the command line (e.g. a crash input).
@main
struct FuzzReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("cannot read \(path)")
                continue
            }
            data.withUnsafeBytes { raw in
                FuzzInput.run(raw.bindMemory(to: UInt8.self))
            }
            print("\(path): no crash")
        }
    }
}
#endif
